import { CalculatedTable, CalculatorCell, TWO_DECIMAL_COLUMNS } from "../calculators";
import { cellText, CellValue } from "../parsing";
import { tableWidth } from "./output-table";

export type Calculated = Extract<CalculatedTable, { ok: true }>;

/** The input columns kept: all but old output columns that this run replaces (spec 1.6). */
export function keptCalcColumns(table: Calculated, width: number): number[] {
  const replaced = new Set(table.mapping.outputColumns);
  const kept: number[] = [];
  for (let column = 0; column < width; column++) {
    const role = table.mapping.roles[column];
    if (role?.kind !== "output" || !replaced.has(role.column)) kept.push(column);
  }
  return kept;
}

/** A percentage column's number with exactly two decimals, as the CSV shows it; other cells unchanged. */
export function csvOutputCell(column: string, cell: CalculatorCell): CellValue {
  if (typeof cell === "number" && TWO_DECIMAL_COLUMNS.includes(column)) return cell.toFixed(2);
  return cell ?? "";
}

/** The input rows (minus replaced columns), each followed by the calculator columns, one row at a time. */
export function* calcOutputRows(rows: readonly (readonly CellValue[])[], table: Calculated): Generator<CellValue[]> {
  const kept = keptCalcColumns(table, tableWidth(rows));
  const columns = table.mapping.outputColumns;
  for (let index = 0; index < rows.length; index++) {
    const cells: CellValue[] = kept.map((column) => rows[index][column] ?? "");
    if (index < table.headerRow) cells.push(...columns.map(() => ""));
    else if (index === table.headerRow) cells.push(...columns);
    else {
      const outputs = table.outputs[index - table.headerRow - 1];
      columns.forEach((column, i) => cells.push(csvOutputCell(column, outputs[i])));
    }
    yield cells;
  }
}

/** One object per data row: its 1-based row number, its input cells by header, and the outputs (null: empty). */
export function toCalcJson(rows: readonly (readonly CellValue[])[], table: Calculated): string {
  const headerCells = rows[table.headerRow] ?? [];
  const kept = keptCalcColumns(table, tableWidth(rows));
  const records = table.outputs.map((outputs, index) => {
    const rowIndex = table.headerRow + 1 + index;
    const input: Record<string, string> = {};
    for (const column of kept)
      input[cellText(headerCells[column]) || `Column ${column + 1}`] = cellText(rows[rowIndex][column]);
    const calculated = Object.fromEntries(table.mapping.outputColumns.map((column, i) => [column, outputs[i]]));
    return { row: rowIndex + 1, input, outputs: calculated };
  });
  return `${JSON.stringify(records, null, 2)}\n`;
}
