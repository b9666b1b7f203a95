import type { FieldDefinition, Policy, ScaleValue } from "../policies";
import { CellValue, cellText, normaliseKey, showText } from "./cell";
import { DATE_TEXT_EXAMPLES, readDateText } from "./date-text";
import { dayFromDate, dayFromExcelSerial } from "./day-numbers";

/** A parsed field: a scale key, number, yes/no, list of item keys, day number or text; null when blank. */
export type FieldValue = string | number | boolean | readonly string[] | null;

/** Why a non-blank cell was not accepted, in words that follow the quoted value. */
export class Rejection {
  constructor(readonly phrase: string) {}
}

export interface FieldParser {
  readonly field: FieldDefinition;
  /** What the field accepts, in words, for messages. */
  readonly accepted: string;
  /** A number cell's answer depends on whether its number format shows a percentage (no other answer does). */
  readonly readsNumberFormat: boolean;
  /** Parses a non-blank cell. `percentFormatted` says the cell's number format shows a percentage. */
  parse(cell: CellValue, percentFormatted: boolean): FieldValue | Rejection;
}

const NOT_ACCEPTED = new Rejection("is not accepted");
const OUT_OF_RANGE = new Rejection("is out of range");
const NOT_A_REAL_DATE = new Rejection("is not a real date");
const EXCEL_ERROR = new Rejection("is an Excel error value");
const A_PERCENTAGE = new Rejection("is a percentage, not a score");
const NOT_WHOLE = new Rejection("is not a whole number");

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const NUMBER_WITH_PERCENT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%?$/;
const EXCEL_ERROR_VALUE =
  /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BUSY!|GETTING_DATA|BLOCKED!|CONNECT!|UNKNOWN!)$/i;
const YES = new Set(["y", "yes", "true"]);
const NO = new Set(["n", "no", "false"]);
const FIRST_EXCEL_SERIAL = 1;
const LAST_EXCEL_SERIAL = 2_958_465; // 9999-12-31

export function isExcelErrorText(text: string): boolean {
  return EXCEL_ERROR_VALUE.test(text);
}

/** Reads a number as the spec allows: `.` decimals, no thousands separators or exponent, an optional `%`. */
export function readNumber(cell: CellValue): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== "string") return null;
  const match = NUMBER_WITH_PERCENT.exec(cell.trim());
  return match ? Number(match[1]) : null;
}

export function readYesNo(cell: CellValue): boolean | null {
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell === 1 ? true : cell === 0 ? false : null;
  if (typeof cell !== "string") return null;
  const text = cell.trim();
  if (PLAIN_NUMBER.test(text)) return readYesNo(Number(text));
  const key = normaliseKey(text);
  return YES.has(key) ? true : NO.has(key) ? false : null;
}

/**
 * A date cell as a day number: Excel serial, a Date object, ISO `2014-03-31`, or UK `31/03/2014`, `31.03.2014`,
 * `31-Mar-2014`, `31 March 2014` (see date-text).
 */
export function readDate(cell: CellValue): number | Rejection {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? NOT_A_REAL_DATE : dayFromDate(cell);
  if (typeof cell === "number") return serialToDay(cell);
  if (typeof cell !== "string") return NOT_ACCEPTED;
  const text = cell.trim();
  if (PLAIN_NUMBER.test(text)) return serialToDay(Number(text));
  const day = readDateText(text);
  return day === null ? NOT_ACCEPTED : day === "not a real date" ? NOT_A_REAL_DATE : day;
}

function serialToDay(serial: number): number | Rejection {
  if (!Number.isFinite(serial) || serial < FIRST_EXCEL_SERIAL || serial >= LAST_EXCEL_SERIAL + 1) return OUT_OF_RANGE;
  return dayFromExcelSerial(serial);
}

/** Builds the parser of one field of a policy. */
export function createFieldParser(field: FieldDefinition, policy: Policy): FieldParser {
  const withErrors = (accepted: string, parse: FieldParser["parse"], readsNumberFormat = false): FieldParser => ({
    field,
    accepted,
    readsNumberFormat,
    parse: (cell, percent) =>
      typeof cell === "string" && isExcelErrorText(cell.trim()) ? EXCEL_ERROR : parse(cell, percent),
  });
  switch (field.kind) {
    case "text":
      return { field, accepted: "any text", readsNumberFormat: false, parse: (cell) => cellText(cell) };
    case "choice": {
      const scale = policy.scales.get(field.scale) ?? [];
      const lookup = scaleLookup(scale);
      return withErrors(listInWords(scale.map((v) => v.label)), (cell) =>
        typeof cell === "string" ? (lookup.get(normaliseKey(cell)) ?? NOT_ACCEPTED) : NOT_ACCEPTED,
      );
    }
    case "scoreOrChoice": {
      const scale = policy.scales.get(field.scale) ?? [];
      const lookup = scaleLookup(scale);
      const bands = [...field.scoreBands].sort((a, b) => b.from - a.from);
      const accepted = `a score from ${field.min} to ${field.max} or a band (${listInWords(scale.map((v) => v.label))})`;
      const parse: FieldParser["parse"] = (cell, percent) => {
        if (typeof cell === "string" && lookup.has(normaliseKey(cell))) return lookup.get(normaliseKey(cell)) ?? null;
        const raw = readNumber(cell);
        if (raw === null) return NOT_ACCEPTED;
        const notScore = field.score ? scoreRejection(cell, raw) : null;
        if (notScore) return notScore;
        const score = typeof cell === "number" && percent && field.percentScore ? raw * 100 : raw;
        if (score < field.min || score > field.max) return OUT_OF_RANGE;
        return bands.find((band) => score >= band.from)?.key ?? OUT_OF_RANGE;
      };
      return withErrors(accepted, parse, field.percentScore === true);
    }
    case "number": {
      const whole = field.wholeNumber || field.score;
      const accepted = `${whole ? "a whole number" : "a number"} from ${field.min} to ${field.max}`;
      return withErrors(accepted, (cell) => {
        const value = readNumber(cell);
        if (value === null) return NOT_ACCEPTED;
        const notScore = field.score ? scoreRejection(cell, value) : null;
        if (notScore) return notScore;
        if (field.wholeNumber && !Number.isInteger(value)) return NOT_ACCEPTED;
        return value < field.min || value > field.max ? OUT_OF_RANGE : value;
      });
    }
    case "yesNo": {
      const threshold = field.yesFromScore;
      if (threshold === undefined) {
        return withErrors("yes or no (Y, Yes, N, No, TRUE, FALSE, 1, 0)", (cell) => readYesNo(cell) ?? NOT_ACCEPTED);
      }
      return withErrors(`yes or no, or a score (${threshold} or more is yes)`, (cell) => {
        const score = typeof cell === "boolean" ? null : readNumber(cell);
        return score !== null ? score >= threshold : (readYesNo(cell) ?? NOT_ACCEPTED);
      });
    }
    case "derived":
      return withErrors(listInWords((policy.scales.get(field.scale) ?? []).map((v) => v.label)), (cell) =>
        typeof cell === "string"
          ? (scaleLookup(policy.scales.get(field.scale) ?? []).get(normaliseKey(cell)) ?? NOT_ACCEPTED)
          : NOT_ACCEPTED,
      );
    case "list":
      return createListParser(field, [
        ...(policy.scales.get(field.scale) ?? []),
        ...(field.alsoScale ? (policy.scales.get(field.alsoScale) ?? []) : []),
      ]);
    case "date":
      return withErrors(`a date such as ${DATE_TEXT_EXAMPLES}, or an Excel date serial number`, (cell) =>
        readDate(cell),
      );
  }
}

/** A score is a whole number written without `%` (`12.0` is 12); its cell's number format is never applied. */
function scoreRejection(cell: CellValue, value: number): Rejection | null {
  if (typeof cell === "string" && cell.includes("%")) return A_PERCENTAGE;
  return Number.isInteger(value) ? null : NOT_WHOLE;
}

function createListParser(field: FieldDefinition, scale: readonly ScaleValue[]): FieldParser {
  const lookup = scaleLookup(scale);
  const accepted = `items from ${scale.map((v) => v.key).join(", ")} (codes or names), separated by ; or , (or None)`;
  return {
    field,
    accepted,
    readsNumberFormat: false,
    parse(cell) {
      const text = cellText(cell);
      if (isExcelErrorText(text)) return EXCEL_ERROR;
      if (normaliseKey(text) === "none") return [];
      const items: string[] = [];
      for (const part of text.split(/[;,]/)) {
        const item = part.trim();
        if (item === "" || /^-+$/.test(item)) continue;
        const key = lookup.get(normaliseKey(item));
        if (key === undefined) return new Rejection(`has an unknown item "${showText(item, 40)}"`);
        if (!items.includes(key)) items.push(key);
      }
      return items;
    },
  };
}

/** Every accepted spelling (and the key and label) of a scale, normalised, to its key. */
export function scaleLookup(scale: readonly ScaleValue[]): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const value of scale) {
    for (const spelling of [value.key, value.label, ...value.spellings]) lookup.set(normaliseKey(spelling), value.key);
  }
  return lookup;
}

/** `a, b or c` (or `a, b and c`) */
export function listInWords(items: readonly string[], conjunction: "or" | "and" = "or"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
