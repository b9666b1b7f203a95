import { isBlankCell, isExcelErrorText, normaliseKey, readYesNo } from "../parsing";
import { CalculatorFieldName, CalculatorInput, calculatorField, fieldLabel } from "./fields";
import { findOgrs3Category, Ogrs3Category } from "./ogrs3-categories";

export type Sex = "male" | "female";
export type Setting = "custody" | "community";

const WHOLE_NUMBER_TEXT = /^-?\d+(?:\.\d+)?$/;

/**
 * Reads the fields of one calculator from a row, in the order they are asked for, and keeps one problem per
 * malformed field (spec 1.3 and 1.5). A blank cell reads as null (or the field's default) and is never malformed.
 */
export class FieldReader {
  readonly malformed: string[] = [];

  constructor(private readonly input: CalculatorInput) {}

  whole(name: CalculatorFieldName): number | null {
    const cell = this.cell(name);
    if (cell === null) return null;
    const { min = 0, max = 0 } = calculatorField(name);
    const value = wholeNumberOf(cell);
    if (value !== null && Number.isInteger(value) && value >= min && value <= max) return value;
    return this.reject(`${fieldLabel(name)} must be a whole number from ${min} to ${max}`);
  }

  yesNo(name: CalculatorFieldName): boolean | null {
    const cell = this.cell(name);
    if (cell === null) return null;
    const value = cell instanceof Date ? null : readYesNo(cell);
    return value ?? this.reject(`${fieldLabel(name)} must be yes or no`);
  }

  /** Blank → male (as in routing). */
  sex(): Sex {
    const key = this.word("sex");
    if (key === null || key === "m" || key === "male") return "male";
    if (key === "f" || key === "female") return "female";
    this.reject("Sex must be Male or Female");
    return "male";
  }

  /** Blank → custody (as in routing). */
  setting(): Setting {
    const key = this.word("setting");
    if (key === null || key === "custody") return "custody";
    if (key === "community") return "community";
    this.reject("Setting must be Custody or Community");
    return "custody";
  }

  offence(): Ogrs3Category | null {
    const cell = this.cell("ogrs3_offence");
    if (cell === null) return null;
    const category = typeof cell === "string" ? findOgrs3Category(cell) : undefined;
    return category ?? this.reject("OGRS3 offence category is not one of the 20 OGRS3 categories");
  }

  /** A normalised word, `""` for a value that is not text (always malformed), or null when blank. */
  private word(name: CalculatorFieldName): string | null {
    const cell = this.cell(name);
    if (cell === null) return null;
    return typeof cell === "string" ? normaliseKey(cell) : "";
  }

  /** The cell, or null when blank. Values other than text, numbers, booleans and dates read as their text. */
  private cell(name: CalculatorFieldName): string | number | boolean | Date | null {
    const raw = this.input[name];
    if (raw === null || raw === undefined) return null;
    const cell =
      typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean" || raw instanceof Date
        ? raw
        : safeText(raw);
    return isBlankCell(cell) ? null : cell;
  }

  private reject(problem: string): null {
    this.malformed.push(problem);
    return null;
  }
}

/** A numeric cell, or text of the form `-12` / `12.0` (no `+`, separators, exponent or `%`); else null. */
function wholeNumberOf(cell: string | number | boolean | Date): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== "string") return null;
  const text = cell.trim();
  if (isExcelErrorText(text) || !WHOLE_NUMBER_TEXT.test(text)) return null;
  return Number(text);
}

function safeText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return "?";
  }
}

/** `<label> is blank` for each blank field, in the order given. */
export function blankProblems(values: readonly [CalculatorFieldName, unknown][]): string[] {
  return values.filter(([, value]) => value === null).map(([name]) => `${fieldLabel(name)} is blank`);
}

/** The four sexual sanction counts both OSP calculators need: the blank ones as problems (none when all are given). */
export function blankSanctionCounts(
  adult: number | null,
  child: number | null,
  nonContact: number | null,
  images: number | null,
): string[] {
  return blankProblems([
    ["contact_adult", adult],
    ["contact_child", child],
    ["non_contact", nonContact],
    ["iioc", images],
  ]);
}
