import { createRouter, routeCohort } from "../engine";
import type { RouteResult } from "../engine";
import {
  CellValue,
  cellText,
  createRowParser,
  describeMappingProblem,
  findHeaderRow,
  HeaderMapping,
  mapHeaders,
} from "../parsing";
import type { Policy } from "../policies";
import { isReplacedHeader } from "./comparison-columns";

export interface CompareOptions {
  from: Policy;
  to: Policy;
  asOf: number;
  /** Index in `rows` of the header row; found by the policies' header names when absent. */
  headerRow?: number;
  /** Per row index (of `rows`): which cells are %-formatted. */
  percentFormatted?: (rowIndex: number) => readonly boolean[] | undefined;
}

/** One policy's routing of the cohort. */
export interface PolicyRun {
  policy: Policy;
  mapping: HeaderMapping;
  /** One per data row. */
  results: RouteResult[];
}

export type ComparedTable =
  | {
      ok: true;
      headerRow: number;
      /** The input columns kept (0-based indexes into `rows`): all but earlier outputs of SOTP Router. */
      keptColumns: number[];
      from: PolicyRun;
      to: PolicyRun;
    }
  /** One policy (or both) cannot route the file as a whole; the message names the policy. */
  | { ok: false; message: string; refusedBy: string[] };

/**
 * Routes one table of cells under two policies (spec section 7). Each policy maps the same header row by its own
 * header names; earlier output columns (of a routing or a comparison) are dropped before either policy reads a row.
 */
export function compareTable(rows: readonly (readonly CellValue[])[], options: CompareOptions): ComparedTable {
  const { from, to } = options;
  const headerRow = options.headerRow ?? firstFound([findHeaderRow(rows, from), findHeaderRow(rows, to)]);
  const header = rows[headerRow] ?? [];
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const keptColumns: number[] = [];
  for (let column = 0; column < width; column++) {
    if (!isReplacedHeader(cellText(header[column] ?? null))) keptColumns.push(column);
  }
  const project = (row: readonly CellValue[]) => keptColumns.map((column) => row[column] ?? null);
  const keptHeader = project(header);
  const mappings = [from, to].map((policy) => mapHeaders(keptHeader, policy));
  const refusals = [from, to].flatMap((policy, index) => {
    const problem = describeMappingProblem(mappings[index], policy);
    return problem === null ? [] : [{ policy, problem }];
  });
  if (refusals.length > 0) {
    return {
      ok: false,
      message: refusals
        .map(({ policy, problem }) => `policy ${policy.stamp} cannot route this file: ${problem}`)
        .join("; "),
      refusedBy: refusals.map(({ policy }) => policy.stamp),
    };
  }
  const dataRows: CellValue[][] = [];
  const percents: (readonly boolean[] | undefined)[] = [];
  for (let index = headerRow + 1; index < rows.length; index++) {
    dataRows.push(project(rows[index]));
    const percent = options.percentFormatted?.(index);
    percents.push(percent && keptColumns.map((column) => percent[column] ?? false));
  }
  const run = (policy: Policy, mapping: HeaderMapping): PolicyRun => {
    const parseRow = createRowParser(mapping, policy);
    const parsed = dataRows.map((row, i) => parseRow(row, { percentFormatted: percents[i] }));
    return { policy, mapping, results: routeCohort(createRouter(policy, { asOf: options.asOf }), parsed) };
  };
  return { ok: true, headerRow, keptColumns, from: run(from, mappings[0]), to: run(to, mappings[1]) };
}

function firstFound(candidates: number[]): number {
  return candidates.find((index) => index >= 0) ?? 0;
}
