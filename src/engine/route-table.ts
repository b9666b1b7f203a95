import type { Policy } from "../policies";
import {
  CellValue,
  createRowParser,
  describeMappingProblem,
  findHeaderRow,
  HeaderMapping,
  mapHeaders,
  MappingOverrides,
  ParsedRow,
} from "../parsing";
import { routeCohort } from "./route-cohort";
import { createRouter, RouteResult } from "./route-row";

export interface RouteTableOptions {
  policy: Policy;
  asOf: number;
  /** Per row index (of `rows`): which cells are %-formatted. */
  percentFormatted?: (rowIndex: number) => readonly boolean[] | undefined;
  overrides?: MappingOverrides;
  /** The header row's index when the caller has chosen it (e.g. by `--map` headers); found by the synonyms if not. */
  headerRow?: number;
}

export type RoutedTable =
  | {
      ok: true;
      /** Index in `rows` of the header row; data rows follow it. */
      headerRow: number;
      mapping: HeaderMapping;
      parsedRows: ParsedRow[];
      results: RouteResult[];
    }
  /** The file cannot be routed as a whole (missing or conflicting columns): one message. */
  | { ok: false; message: string };

/** Finds the header row of a table of cells, maps it, and routes every row below it. */
export function routeTable(rows: readonly (readonly CellValue[])[], options: RouteTableOptions): RoutedTable {
  const { policy } = options;
  const found = options.headerRow ?? findHeaderRow(rows, policy);
  const headerRow = found < 0 ? 0 : found;
  const mapping = mapHeaders(rows[headerRow] ?? [], policy, options.overrides);
  const problem = describeMappingProblem(mapping, policy);
  if (problem) return { ok: false, message: problem };
  const parseRow = createRowParser(mapping, policy);
  const parsedRows: ParsedRow[] = [];
  for (let index = headerRow + 1; index < rows.length; index++) {
    parsedRows.push(parseRow(rows[index], { percentFormatted: options.percentFormatted?.(index) }));
  }
  const results = routeCohort(createRouter(policy, { asOf: options.asOf }), parsedRows);
  return { ok: true, headerRow, mapping, parsedRows, results };
}
