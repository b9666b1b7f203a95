import { resultCells } from "../engine";
import type { RoutedTable } from "../engine";
import { CellValue, OUTPUT_COLUMNS } from "../parsing";

type Routed = Extract<RoutedTable, { ok: true }>;

/** The input columns that are kept: every column except SOTP Router's own outputs from an earlier run. */
export function keptColumns(routed: Routed, width: number): number[] {
  const kept: number[] = [];
  for (let column = 0; column < width; column++) {
    if (routed.mapping.roles[column]?.kind !== "output") kept.push(column);
  }
  return kept;
}

export function tableWidth(rows: readonly (readonly CellValue[])[]): number {
  return rows.reduce((width, row) => Math.max(width, row.length), 0);
}

/** The input rows unchanged (minus old output columns), followed by the output columns. */
export function outputTable(rows: readonly (readonly CellValue[])[], routed: Routed): CellValue[][] {
  const kept = keptColumns(routed, tableWidth(rows));
  const blanks = OUTPUT_COLUMNS.map(() => "");
  return rows.map((row, index) => {
    const input = kept.map((column) => row[column] ?? "");
    if (index < routed.headerRow) return [...input, ...blanks];
    if (index === routed.headerRow) return [...input, ...OUTPUT_COLUMNS];
    const cells = resultCells(routed.results[index - routed.headerRow - 1]);
    return [...input, ...OUTPUT_COLUMNS.map((column) => cells[column])];
  });
}
