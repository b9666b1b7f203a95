import { columnLetters, quoteSheetName } from "../engine/capacity";

export { columnLetters };

/** `Sheet1!H5` (sheet quoted when needed) for 0-based row and column indexes. */
export function cellAddress(sheetName: string, row: number, column: number): string {
  return `${quoteSheetName(sheetName)}!${columnLetters(column)}${row + 1}`;
}

/** `Sheet1!B3:H9` for a rectangle given by 0-based indexes and sizes. */
export function rangeAddress(sheetName: string, row: number, column: number, rows: number, columns: number): string {
  const end = `${columnLetters(column + columns - 1)}${row + rows}`;
  const start = `${columnLetters(column)}${row + 1}`;
  return `${quoteSheetName(sheetName)}!${start === end ? start : `${start}:${end}`}`;
}
