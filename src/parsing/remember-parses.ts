import type { FieldDefinition, Policy } from "../policies";
import type { CellValue } from "./cell";
import { createFieldParser, FieldParser, FieldValue, Rejection } from "./field-parsers";

/**
 * Distinct cells remembered per field: bands, yes/no and offences have a handful; dates a few thousand. Past it the
 * field's memory starts again, so a long-lived one (shared by a workbook's calls) follows the cells of the day.
 */
const MAX_REMEMBERED_CELLS = 4096;

/**
 * The parser with the answer for each distinct cell remembered (a cohort's columns repeat the same few spellings and
 * numbers on thousands of rows). Text, yes/no and number cells are remembered, except a %-formatted number in a field
 * that reads number formats, and -0 (which a Map takes for 0). Text fields (the ID) are read as they are: reading
 * them is a trim. Every column's parser is one class, so the row parser's call to it stays monomorphic.
 */
export function rememberParses(parser: FieldParser): FieldParser {
  return new RememberedParses(parser);
}

const sharedParsers = new WeakMap<Policy, Map<string, FieldParser>>();

/**
 * A field's remembered parser, one per policy and field, shared by every row parser of the policy: a custom function
 * makes a row parser per call, over the same columns, and finds their answers remembered by the calls before.
 */
export function rememberedFieldParser(policy: Policy, field: FieldDefinition): FieldParser {
  let byField = sharedParsers.get(policy);
  if (byField === undefined) sharedParsers.set(policy, (byField = new Map()));
  let parser = byField.get(field.name);
  if (parser === undefined) byField.set(field.name, (parser = rememberParses(createFieldParser(field, policy))));
  return parser;
}

class RememberedParses implements FieldParser {
  readonly field: FieldParser["field"];
  readonly accepted: string;
  readonly readsNumberFormat: boolean;
  private readonly remembers: boolean;
  private readonly answers = new Map<CellValue, FieldValue | Rejection>();

  constructor(private readonly parser: FieldParser) {
    this.field = parser.field;
    this.accepted = parser.accepted;
    this.readsNumberFormat = parser.readsNumberFormat;
    this.remembers = parser.field.kind !== "text";
  }

  parse(cell: CellValue, percentFormatted: boolean): FieldValue | Rejection {
    if (!this.remembers || !this.isRemembered(cell, percentFormatted)) return this.parser.parse(cell, percentFormatted);
    let answer = this.answers.get(cell);
    if (answer === undefined) {
      answer = this.parser.parse(cell, percentFormatted);
      if (this.answers.size >= MAX_REMEMBERED_CELLS) this.answers.clear();
      this.answers.set(cell, answer);
    }
    return answer;
  }

  private isRemembered(cell: CellValue, percentFormatted: boolean): boolean {
    if (typeof cell === "number") return !(percentFormatted && this.readsNumberFormat) && !Object.is(cell, -0);
    return typeof cell === "string" || typeof cell === "boolean";
  }
}
