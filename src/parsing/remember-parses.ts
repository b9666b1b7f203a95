import type { CellValue } from "./cell";
import type { FieldParser, FieldValue, Rejection } from "./field-parsers";

/** Distinct cells remembered per column: bands, yes/no and offences have a handful; dates a few thousand. */
const MAX_REMEMBERED_CELLS = 4096;

/** Reads one non-blank cell of a column (`percentFormatted`: its number format shows a percentage). */
export type CellReader = (cell: CellValue, percentFormatted: boolean) => FieldValue | Rejection;

/**
 * The parser's reading with the answer for each distinct cell remembered (a cohort's columns repeat the same few
 * spellings and numbers on thousands of rows), and the previous cell's answer at hand as sorted columns repeat it
 * row after row. Text cells, and number cells not %-formatted, are remembered: a text's answer never depends on the
 * number format, and a number's depends on nothing else. -0 is left out (a Map takes it for 0). Text fields (the ID)
 * are read as they are: reading them is a trim.
 */
export function rememberParses(parser: FieldParser): CellReader {
  if (parser.field.kind === "text") return (cell, percentFormatted) => parser.parse(cell, percentFormatted);
  const answers = new Map<CellValue, FieldValue | Rejection>();
  let previousCell: CellValue;
  let previousAnswer: FieldValue | Rejection = null;
  return (cell, percentFormatted) => {
    if (!isRemembered(cell, percentFormatted)) return parser.parse(cell, percentFormatted);
    if (cell === previousCell) return previousAnswer;
    let answer = answers.get(cell);
    if (answer === undefined) {
      answer = parser.parse(cell, percentFormatted);
      if (answers.size < MAX_REMEMBERED_CELLS) answers.set(cell, answer);
    }
    previousCell = cell;
    previousAnswer = answer;
    return answer;
  };
}

function isRemembered(cell: CellValue, percentFormatted: boolean): boolean {
  if (typeof cell === "number") return !percentFormatted && !(cell === 0 && 1 / cell < 0);
  return typeof cell === "string" || typeof cell === "boolean";
}
