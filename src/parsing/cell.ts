/** A cell as it arrives from a CSV, an XLSX reader, Office.js or a custom function argument. */
export type CellValue = string | number | boolean | Date | null | undefined;

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

const normalised = new Map<string, string>();
const MAX_REMEMBERED = 50_000;

/** Lower-cases and drops every character that is not a letter or a digit: `RM2000/s` → `rm2000s`. */
export function normaliseKey(text: string): string {
  // Cells repeat the same few spellings (bands, offences, yes/no) thousands of times: remember the answers.
  let key = normalised.get(text);
  if (key === undefined) {
    key = text.toLowerCase().replace(NOT_LETTER_OR_DIGIT, "");
    if (normalised.size < MAX_REMEMBERED) normalised.set(text, key);
  }
  return key;
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * Empty, or only white space (String.prototype.trim also removes non-breaking spaces) and zero-width characters,
 * which look blank to the person reading the sheet.
 */
export function isBlankCell(cell: CellValue): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== "string") return false;
  if (cell.length === 0) return true;
  const first = cell.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false; // starts with a visible ASCII character
  return cell.replace(ZERO_WIDTH, "").trim() === "";
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
/**
 * Characters a reader cannot see or cannot tell from Latin ones: controls, invisible format characters, spaces other
 * than the plain one, Cyrillic and Greek letters, full-width forms.
 */
const HARD_TO_SEE =
  /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u2000-\u200a\u202f\u205f\u3000\p{Script=Cyrillic}\p{Script=Greek}\uff00-\uffef]/u;

/**
 * Text for a message: at most about `max` characters (then `…`), with hard-to-see characters written as `<U+043E>`
 * so "Cоntact" (Cyrillic о) does not read as "Contact".
 */
export function showText(text: string, max = MAX_SHOWN): string {
  let shown = "";
  for (const character of text) {
    if (shown.length >= max) return `${shown}…`;
    shown += HARD_TO_SEE.test(character)
      ? `<U+${(character.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}>`
      : character;
  }
  return shown;
}

/** The value quoted for a message, shortened when very long so a message stays readable. */
export function quoteForMessage(cell: CellValue): string {
  return `"${showText(cellText(cell))}"`;
}
