/** A cell as it arrives from a CSV, an XLSX reader, Office.js or a custom function argument. */
export type CellValue = string | number | boolean | Date | null | undefined;

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/** Lower-cases and drops every character that is not a letter or a digit: `RM2000/s` → `rm2000s`. */
export function normaliseKey(text: string): string {
  return text.toLowerCase().replace(NOT_LETTER_OR_DIGIT, "");
}

/** Empty, or only white space (String.prototype.trim also removes non-breaking spaces). */
export function isBlankCell(cell: CellValue): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === "string") return cell.trim() === "";
  return false;
}

/** The cell as trimmed text, for messages, text fields and header matching. */
export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "Invalid Date" : cell.toISOString().slice(0, 10);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell).trim();
}

const MAX_SHOWN = 60;

/** The value quoted for a message, shortened when very long so a message stays readable. */
export function quoteForMessage(cell: CellValue): string {
  const text = cellText(cell);
  return `"${text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text}"`;
}
