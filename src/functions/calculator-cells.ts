import {
  calculatorById,
  calculatorField,
  fieldLabel,
  CalculatorFieldName,
  CalculatorId,
  CalculatorInput,
  resultCells,
  runCalculator,
} from "../calculators";
import { CellValue } from "../parsing";
import { ArgumentError } from "./argument-error";
import { toCellValue } from "./read-arguments";

/** The arguments of SOTP.OGRS3, OSPDC, OSPIIC or RM2000S, in the order of spec 1.8, with the field each one feeds. */
export const CALCULATOR_ARGUMENTS: Readonly<Record<CalculatorId, readonly CalculatorFieldName[]>> = {
  ogrs3: ["sex", "age_follow_up", "total_sanctions", "age_first_sanction", "age_current_conviction", "ogrs3_offence"],
  ospDc: [
    "sex",
    "age_follow_up",
    "total_sanctions",
    "contact_adult",
    "contact_child",
    "non_contact",
    "iioc",
    "age_last_sexual",
    "current_stranger",
    "setting",
    "offence_free_years",
  ],
  ospIic: ["sex", "contact_adult", "contact_child", "non_contact", "iioc"],
  rm2000s: [
    "sex",
    "age_follow_up",
    "sexual_appearances",
    "criminal_appearances",
    "male_victim",
    "any_stranger",
    "single",
    "noncontact_conviction",
  ],
};

/** One call's arguments, checked: each a column of cells (one cell applies to every row). */
export interface CalculatorCall {
  id: CalculatorId;
  columns: CellValue[][];
  height: number;
  /** Arguments holding a 0 that may be an empty cell on desktop Excel: their cells' value types decide. */
  askColumns: number[];
}

/**
 * Checks the shape of the arguments (each one cell or a one-column range, ranges of one height; an omitted optional
 * argument is null) and reads them. Throws ArgumentError for a wrong shape. Pure: no Excel call.
 */
export function prepareCalculatorCall(id: CalculatorId, args: readonly unknown[]): CalculatorCall {
  const fields = CALCULATOR_ARGUMENTS[id];
  const columns = fields.map((field, index) => readColumn(args[index], field));
  const heights = new Set(columns.map((column) => column.length).filter((height) => height > 1));
  if (heights.size > 1) {
    const shown = columns.map((column, index) => `${fieldLabel(fields[index])} ${column.length}`).join(", ");
    throw new ArgumentError(
      `the ranges have different heights (${shown}): expected ranges of one height, or single cells`,
    );
  }
  const height = heights.size === 1 ? [...heights][0] : 1;
  const askColumns = fields.flatMap((field, index) =>
    zeroIsAValue(field) && columns[index].includes(0) ? [index] : [],
  );
  return { id, columns, height, askColumns };
}

/**
 * One output row per input row: score cells as numbers, band and message as text, empty cells as "". `isEmpty`
 * says whether Excel reports the cell of an argument (in `askColumns`) as empty; it is not asked otherwise.
 */
export function calculatorCells(
  call: CalculatorCall,
  isEmpty: (argument: number, row: number) => boolean,
): (number | string)[][] {
  const calculator = calculatorById(call.id);
  const fields = CALCULATOR_ARGUMENTS[call.id];
  const rows: (number | string)[][] = [];
  for (let row = 0; row < call.height; row++) {
    const input: Partial<Record<CalculatorFieldName, CellValue>> = {};
    fields.forEach((field, index) => {
      const column = call.columns[index];
      const at = column.length === 1 ? 0 : row;
      const cell = column[at];
      input[field] = cell === 0 && (!zeroIsAValue(field) || isEmpty(index, at)) ? null : cell;
    });
    rows.push(resultCells(runCalculator(calculator, input as CalculatorInput)).map((cell) => cell ?? ""));
  }
  return rows;
}

/** 0 is a value of counts, offence-free years and yes/no fields; for any other field it can only be an empty cell. */
function zeroIsAValue(field: CalculatorFieldName): boolean {
  const { kind, min } = calculatorField(field);
  return kind === "yesNo" || (kind === "whole" && min === 0);
}

function readColumn(arg: unknown, field: CalculatorFieldName): CellValue[] {
  if (!Array.isArray(arg)) return [toCellValue(arg)];
  if (arg.length === 0) return [null];
  return arg.map((row: unknown) => {
    const cells = Array.isArray(row) ? row : [row];
    if (cells.length !== 1) {
      throw new ArgumentError(
        `${fieldLabel(field)} has ${cells.length} columns: expected one cell or a one-column range`,
      );
    }
    return toCellValue(cells[0]);
  });
}
