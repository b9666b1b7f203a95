import type { FieldParser, FieldValue, Rejection } from "./field-parsers";

/** Distinct cell texts remembered per column: bands, yes/no and offences have a handful; dates a few thousand. */
const MAX_REMEMBERED_TEXTS = 4096;

/**
 * The parser with the answer for each distinct cell text remembered (a cohort's columns repeat the same few
 * spellings on thousands of rows). Only text cells are remembered: their answer never depends on the number format,
 * which applies to numbers only. Text fields (the ID) are left as they are: reading them is a trim.
 */
export function rememberParses(parser: FieldParser): FieldParser {
  if (parser.field.kind === "text") return parser;
  const answers = new Map<string, FieldValue | Rejection>();
  return {
    field: parser.field,
    accepted: parser.accepted,
    parse(cell, percentFormatted) {
      if (typeof cell !== "string") return parser.parse(cell, percentFormatted);
      let answer = answers.get(cell);
      if (answer === undefined) {
        answer = parser.parse(cell, percentFormatted);
        if (answers.size < MAX_REMEMBERED_TEXTS) answers.set(cell, answer);
      }
      return answer;
    },
  };
}
