import { CellValue, findHeaderRow } from "../parsing";
import type { Policy } from "../policies";
import { beginComparison, ComparisonRuns } from "./begin-comparison";

export interface CompareOptions {
  from: Policy;
  to: Policy;
  asOf: number;
  /** Index in `rows` of the header row; found by the policies' header names when absent. */
  headerRow?: number;
  /** Per row index (of `rows`): which cells are %-formatted. */
  percentFormatted?: (rowIndex: number) => readonly boolean[] | undefined;
}

export type ComparedTable =
  | ({ ok: true; headerRow: number } & ComparisonRuns)
  /** One policy (or both) cannot route the file as a whole; the message names the policy. */
  | { ok: false; message: string; refusedBy: string[] };

/**
 * Routes one table of cells under two policies (spec section 7). Each policy maps the same header row by its own
 * header names; earlier output columns (of a routing or a comparison) are dropped before either policy reads a row.
 */
export function compareTable(rows: readonly (readonly CellValue[])[], options: CompareOptions): ComparedTable {
  const { from, to } = options;
  const headerRow = options.headerRow ?? firstFound([findHeaderRow(rows, from), findHeaderRow(rows, to)]);
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const began = beginComparison(rows[headerRow] ?? [], width, options);
  if (!began.ok) return began;
  const data = rows.slice(headerRow + 1);
  const percents = options.percentFormatted
    ? data.map((_, i) => options.percentFormatted?.(headerRow + 1 + i) ?? [])
    : undefined;
  began.builder.addRows(data, percents);
  return { ok: true, headerRow, ...began.builder.finish() };
}

function firstFound(candidates: number[]): number {
  return candidates.find((index) => index >= 0) ?? 0;
}
