import { stringify } from "csv-stringify/sync";
import { CellValue, cellText } from "../parsing";

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * A cell as CSV text. Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
 * leading apostrophe; plain numbers such as -5 are left alone.
 */
export function csvCellText(cell: CellValue): string {
  const text = typeof cell === "string" ? cell : cellText(cell);
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export function toCsv(rows: readonly (readonly CellValue[])[]): string {
  return stringify(
    rows.map((row) => row.map(csvCellText)),
    { record_delimiter: "\n" },
  );
}
