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

/** The input rows unchanged (minus old output columns), each followed by the output columns, one row at a time. */
export function* outputRows(rows: readonly (readonly CellValue[])[], routed: Routed): Generator<CellValue[]> {
  const kept = keptColumns(routed, tableWidth(rows));
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const cells: CellValue[] = kept.map((column) => row[column] ?? "");
    if (index < routed.headerRow) for (let i = 0; i < OUTPUT_COLUMNS.length; i++) cells.push("");
    else if (index === routed.headerRow) cells.push(...OUTPUT_COLUMNS);
    else {
      const outputs = resultCells(routed.results[index - routed.headerRow - 1]);
      for (const column of OUTPUT_COLUMNS) cells.push(outputs[column]);
    }
    yield cells;
  }
}
