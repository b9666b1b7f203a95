/** A 0-based row and column on a sheet. */
export interface CellPosition {
  row: number;
  column: number;
}

const A1 = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const PLAIN_SHEET_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/**
 * Reads an A1-style address (`B3`, `$B$3`) as a 0-based position.
 *
 * @example parseCellAddress("B3") // { row: 2, column: 1 }
 * @throws RangeError when the text is not an A1 address.
 */
export function parseCellAddress(address: string): CellPosition {
  const match = A1.exec(address.trim());
  if (!match || Number(match[2]) < 1) throw new RangeError(`"${address}" is not an A1 cell address`);
  const column = [...match[1].toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** `A`, `Z`, `AA`… for a 0-based column index. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * The A1 address of a 0-based position, prefixed by the sheet name when there is one (quoted as Excel quotes it).
 *
 * @example formatCellAddress({ row: 3, column: 2 }, "Capacity") // "Capacity!C4"
 * @example formatCellAddress({ row: 0, column: 0 }, "SOTP Capacity") // "'SOTP Capacity'!A1"
 */
export function formatCellAddress(position: CellPosition, sheetName?: string): string {
  const cell = `${columnLetters(position.column)}${position.row + 1}`;
  return sheetName ? `${quoteSheetName(sheetName)}!${cell}` : cell;
}

/** A sheet name as a formula or address names it: quoted (with `'` doubled) unless it is a plain name. */
export function quoteSheetName(name: string): string {
  return PLAIN_SHEET_NAME.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
