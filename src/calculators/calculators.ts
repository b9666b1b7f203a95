import { isBlankCell } from "../parsing";
import type { CalculatorFieldName, CalculatorInput } from "./fields";
import { calculateOgrs3, OGRS3_COLUMNS } from "./ogrs3";
import { calculateOspDc, OSP_DC_COLUMNS } from "./osp-dc";
import { calculateOspIic, OSP_IIC_COLUMNS } from "./osp-iic";
import { CalculatorResult, notRun } from "./result";
import { calculateRm2000s, RM2000S_COLUMNS } from "./rm2000s";

export type CalculatorId = "ogrs3" | "ospDc" | "ospIic" | "rm2000s";

/** A cell of a calculator's output: a number, text, or null for an empty cell. */
export type CalculatorCell = number | string | null;

export interface Calculator {
  readonly id: CalculatorId;
  readonly name: string;
  /** Output columns in order: the score columns, then band and message (spec 1.6). */
  readonly columns: readonly string[];
  /** Inputs that only this calculator (or only the OSP pair) uses: all blank → nothing was asked of it (1.4). */
  readonly triggers: readonly CalculatorFieldName[];
  /** Runs the checks and the formula; never throws. Use `runCalculator` for the trigger rule. */
  readonly calculate: (input: CalculatorInput) => CalculatorResult;
}

const OSP_COUNTS: readonly CalculatorFieldName[] = ["contact_adult", "contact_child", "non_contact", "iioc"];

/** The four calculators in the order of their output columns (spec 1.6). */
export const CALCULATORS: readonly Calculator[] = [
  {
    id: "ogrs3",
    name: "OGRS3",
    columns: OGRS3_COLUMNS,
    triggers: ["age_first_sanction", "age_current_conviction", "ogrs3_offence"],
    calculate: calculateOgrs3,
  },
  {
    id: "ospDc",
    name: "OSP/DC",
    columns: OSP_DC_COLUMNS,
    triggers: [...OSP_COUNTS, "age_last_sexual", "current_stranger"],
    calculate: calculateOspDc,
  },
  { id: "ospIic", name: "OSP/IIC", columns: OSP_IIC_COLUMNS, triggers: OSP_COUNTS, calculate: calculateOspIic },
  {
    id: "rm2000s",
    name: "RM2000/s",
    columns: RM2000S_COLUMNS,
    triggers: [
      "sexual_appearances",
      "criminal_appearances",
      "male_victim",
      "any_stranger",
      "single",
      "noncontact_conviction",
    ],
    calculate: calculateRm2000s,
  },
];

/** All 15 output column names, in order. Their names are a compatibility contract. */
export const CALCULATOR_OUTPUT_COLUMNS: readonly string[] = CALCULATORS.flatMap((c) => c.columns);

/** Output columns shown with exactly two decimals (number format `0.00`); the other score columns are whole. */
export const TWO_DECIMAL_COLUMNS: readonly string[] = ["OSP/DC %", "OSP/IIC %"];

export function calculatorById(id: CalculatorId): Calculator {
  return CALCULATORS.find((calculator) => calculator.id === id) as Calculator;
}

/** The calculator's result for a row, blank when every trigger field is blank (spec 1.4). */
export function runCalculator(calculator: Calculator, input: CalculatorInput): CalculatorResult {
  const asked = calculator.triggers.some((name) => !isBlankInput(input[name]));
  return asked ? calculator.calculate(input) : notRun(calculator.columns.length - 2);
}

/** The result as output cells, in column order: scores, band, message (empty cells as null). */
export function resultCells(result: CalculatorResult): CalculatorCell[] {
  return [...result.scores, result.band === "" ? null : result.band, result.message === "" ? null : result.message];
}

function isBlankInput(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === "string" && isBlankCell(value);
}
