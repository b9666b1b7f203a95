import { CellValue, RowFacts } from "../parsing";
import type { CellFacts } from "./cell-facts";
import { emptyZeroCells, ZeroReading } from "./zero-cells";

/**
 * What Excel told about one row of a custom function's argument, as the cohort pipeline takes it: which zeros are
 * empty cells, which cells are %-formatted, and which score cells' formats could not be read (`null`).
 */
export function rowFactsOf(
  row: readonly CellValue[],
  rowIndex: number,
  width: number,
  known: { zeroReadings: readonly ZeroReading[]; percentColumns: readonly number[]; facts: CellFacts },
): RowFacts {
  const percent = new Array<boolean | null>(width).fill(false);
  for (const column of known.percentColumns) percent[column] = null;
  for (const [column, columnFacts] of known.facts) percent[column] = columnFacts.percent[rowIndex] ?? false;
  return { percent, empty: emptyZeroCells(row, rowIndex, known.zeroReadings, known.facts) };
}

/** The columns whose cell facts decide something for these rows: zeros to tell apart, or scores to read as %. */
export function columnsNeedingFacts(
  rows: readonly (readonly CellValue[])[],
  askZeroColumns: readonly number[],
  percentColumns: readonly number[],
): number[] {
  const needed = new Set<number>();
  for (const row of rows) {
    for (const column of askZeroColumns) if (row[column] === 0) needed.add(column);
    for (const column of percentColumns) if (typeof row[column] === "number" && row[column] !== 0) needed.add(column);
  }
  return [...needed].sort((a, b) => a - b);
}
