import type { Policy } from "../policies";
import { CellValue, findHeaderRow, HeaderMapping, ColumnChoices, ParsedRow, RowFacts } from "../parsing";
import { mapCohortHeader, routeCohortRows } from "./cohort-pipeline";
import type { Decision } from "./decision";

export interface RouteTableOptions {
  policy: Policy;
  asOf: number;
  /** Per row index (of `rows`): what is known about its cells (e.g. which are %-formatted). */
  factsOf?: (rowIndex: number) => RowFacts | undefined;
  columnChoices?: ColumnChoices;
  /** The header row's index when the caller has chosen it (e.g. by `--map` headers); found by the synonyms if not. */
  headerRow?: number;
}

export type RoutedTable =
  | {
      ok: true;
      /** Index in `rows` of the header row; data rows follow it. */
      headerRow: number;
      mapping: HeaderMapping;
      /** The policy that routed (to present the decisions: `resultCells(decision, policy)`). */
      policy: Policy;
      parsedRows: ParsedRow[];
      results: Decision[];
    }
  /** The file cannot be routed as a whole (missing or conflicting columns): one message. */
  | { ok: false; message: string };

/** Finds the header row of a table of cells, maps it, and routes every row below it. */
export function routeTable(rows: readonly (readonly CellValue[])[], options: RouteTableOptions): RoutedTable {
  const { policy } = options;
  const found = options.headerRow ?? findHeaderRow(rows, policy);
  const headerRow = found < 0 ? 0 : found;
  const mapped = mapCohortHeader(rows[headerRow] ?? [], policy, options.columnChoices);
  if (!mapped.ok) return mapped;
  const data = rows.slice(headerRow + 1);
  const facts = options.factsOf && data.map((_, i) => options.factsOf?.(headerRow + 1 + i));
  const routed = routeCohortRows(data, { policy, asOf: options.asOf, mapping: mapped.mapping }, facts);
  return { ok: true, headerRow, mapping: mapped.mapping, policy, ...routed };
}
