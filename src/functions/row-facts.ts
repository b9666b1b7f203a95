import { CellValue, RowFacts } from "../parsing";
import type { CellFacts } from "./cell-facts";
import { emptyZeroCells, ZeroReading } from "./zero-cells";

/**
 * What Excel told about each row of a custom function's argument, as the cohort pipeline takes it: which zeros are
 * empty cells, which cells are %-formatted, and which score cells' formats could not be read (`null`).
 */
export function rowFactsOf(
  rows: readonly (readonly CellValue[])[],
  width: number,
  known: { zeroReadings: readonly ZeroReading[]; percentColumns: readonly number[]; facts: CellFacts },
): RowFacts[] {
  const unread = new Array<boolean | null>(width).fill(false);
  for (const column of known.percentColumns) unread[column] = null;
  const percentOf = (rowIndex: number): readonly (boolean | null)[] => {
    if (known.facts.size === 0) return unread; // one array for every row: nothing was read
    const percent = [...unread];
    for (const [column, columnFacts] of known.facts) percent[column] = columnFacts.percent[rowIndex] ?? false;
    return percent;
  };
  let previous: RowFacts = {};
  return rows.map((row, rowIndex) => {
    const percent = percentOf(rowIndex);
    const empty = emptyZeroCells(row, rowIndex, known.zeroReadings, known.facts);
    // rows mostly repeat the facts of the row above (the same unread formats, the same 0 column): share them
    if (percent !== previous.percent || !sameColumns(empty, previous.empty)) previous = { percent, empty };
    return previous;
  });
}

function sameColumns(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((column, i) => column === b[i]);
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
