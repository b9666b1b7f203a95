/** `A`, `Z`, `AA`… for a 0-based column index. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

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

function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
