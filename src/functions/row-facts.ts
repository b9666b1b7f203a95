import { CellValue, RowFacts } from "../parsing";
import type { CellFacts } from "./cell-facts";
import { emptyZeroCells, ZeroReading } from "./zero-cells";

/**
 * What Excel told about each row of a custom function's argument, as the cohort pipeline takes it: which zeros are
 * empty cells, which cells are %-formatted, and which score cells' formats could not be read (`null`). Rows with the
 * same facts share one object (and one percent array), as the pipeline reads a repeated percent array once.
 */
export function rowFactsOf(
  rows: readonly (readonly CellValue[])[],
  width: number,
  known: { zeroReadings: readonly ZeroReading[]; percentColumns: readonly number[]; facts: CellFacts },
): RowFacts[] {
  const percentOf = createPercentReader(width, known.percentColumns, known.facts);
  const rowFacts = new Array<RowFacts>(rows.length);
  let previous: RowFacts = {};
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex++) {
    const percent = percentOf(rowIndex);
    const empty = emptyZeroCells(rows[rowIndex], rowIndex, known.zeroReadings, known.facts);
    // rows mostly repeat the facts of the row above (the same formats, the same 0 column): share them
    if (percent !== previous.percent || !sameColumns(empty, previous.empty)) previous = { percent, empty };
    rowFacts[rowIndex] = previous;
  }
  return rowFacts;
}

/** Each row's percent flags; one array per pattern of the columns read (a score column has two: % or not). */
function createPercentReader(width: number, percentColumns: readonly number[], facts: CellFacts) {
  const unread = new Array<boolean | null>(width).fill(false);
  for (const column of percentColumns) unread[column] = null;
  const read = [...facts];
  if (read.length === 0 || read.length > 30) return () => unread; // nothing read, or too many for a bit pattern
  const byPattern = new Map<number, readonly (boolean | null)[]>();
  return (rowIndex: number): readonly (boolean | null)[] => {
    let pattern = 0;
    for (let k = 0; k < read.length; k++) if (read[k][1].percent[rowIndex] === true) pattern |= 1 << k;
    let percent = byPattern.get(pattern);
    if (percent === undefined) {
      const flags = [...unread];
      read.forEach(([column], k) => (flags[column] = (pattern & (1 << k)) !== 0));
      byPattern.set(pattern, (percent = flags));
    }
    return percent;
  };
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
  const candidates = new Set([...askZeroColumns, ...percentColumns]).size;
  for (const row of rows) {
    for (const column of askZeroColumns) if (row[column] === 0) needed.add(column);
    for (const column of percentColumns) if (typeof row[column] === "number" && row[column] !== 0) needed.add(column);
    if (needed.size === candidates) break; // every column is needed already
  }
  return [...needed].sort((a, b) => a - b);
}
