import { resultCells } from "../engine";
import type { RoutedTable } from "../engine";
import { CellValue, OUTPUT_COLUMNS, OutputColumn, OutputLayout, planOutputLayout } from "../parsing";

type Routed = Extract<RoutedTable, { ok: true }>;

/** The input columns: every column except SOTP Router's own outputs from an earlier run. */
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

/** Where the outputs go, as the add-in puts them: in place when an earlier run wrote them, else after the inputs. */
export function routedLayout(rows: readonly (readonly CellValue[])[], headerRow: number): OutputLayout<OutputColumn> {
  return planOutputLayout(rows[headerRow] ?? [], tableWidth(rows), OUTPUT_COLUMNS);
}

/** The rows with the output columns filled in by the layout (every other cell unchanged), one row at a time. */
export function* outputRows(rows: readonly (readonly CellValue[])[], routed: Routed): Generator<CellValue[]> {
  const { columns } = routedLayout(rows, routed.headerRow);
  const width = Math.max(tableWidth(rows), ...Object.values<number>(columns).map((column) => column + 1));
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const cells: CellValue[] = new Array(width);
    for (let column = 0; column < width; column++) cells[column] = row[column] ?? "";
    if (index === routed.headerRow) for (const name of OUTPUT_COLUMNS) cells[columns[name]] = name;
    else if (index > routed.headerRow) {
      const outputs = resultCells(routed.results[index - routed.headerRow - 1], routed.policy);
      for (const name of OUTPUT_COLUMNS) cells[columns[name]] = outputs[name];
    }
    yield cells;
  }
}
