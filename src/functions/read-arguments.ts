import {
  CellValue,
  formatDay,
  isBlankCell,
  normaliseKey,
  DEFAULT_FUNCTION_OUTPUTS,
  OUTPUT_COLUMNS,
  OutputColumn,
  readDate,
  Rejection,
  todayDay,
} from "../parsing";
import { ArgumentError } from "./argument-error";

/** A range as a custom function receives it: rows of cells. */
export type CellMatrix = readonly (readonly unknown[])[];

const SHORT_NAMES: Readonly<Record<string, OutputColumn>> = {
  tier: "Dosage tier",
  dosage: "Dosage tier",
  followon: "Follow-on",
  reason: "Reasons",
  flag: "Flags",
};

/** Excel passes strings, numbers, booleans and null; anything else (a rich value) is read as its text. */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** The rows as cells; a row whose cells are all strings, numbers, booleans or null is used as it is, not copied. */
export function toCellRows(matrix: CellMatrix): (readonly CellValue[])[] {
  return matrix.map((row) => (isCellRow(row) ? (row as readonly CellValue[]) : row.map(toCellValue)));
}

function isCellRow(row: readonly unknown[]): boolean {
  for (let column = 0; column < row.length; column++) {
    const cell = row[column];
    if (cell !== null && typeof cell !== "string" && typeof cell !== "number" && typeof cell !== "boolean")
      return false;
  }
  return true;
}

/** `"programme,tier,flags"` → the output columns in that order; blank → the five default columns. */
export function readOutputColumns(fields: unknown): OutputColumn[] {
  const text = toCellValue(fields);
  if (isBlankCell(text) || text === 0) return [...DEFAULT_FUNCTION_OUTPUTS];
  const byKey = new Map<string, OutputColumn>(OUTPUT_COLUMNS.map((column) => [normaliseKey(column), column]));
  for (const [short, column] of Object.entries(SHORT_NAMES)) byKey.set(short, column);
  const names = String(text)
    .split(/[,;]/)
    .map((name) => name.trim())
    .filter((name) => name !== "");
  return names.map((name) => {
    const column = byKey.get(normaliseKey(name));
    if (!column) {
      throw new ArgumentError(
        `unknown field "${name}" in fields: expected a list of ${OUTPUT_COLUMNS.join(", ")} (e.g. "programme,tier,flags")`,
      );
    }
    return column;
  });
}

/**
 * The as-of date as a day number: an Excel date serial, ISO text `2014-01-01` or UK `01/01/2014`; blank → today.
 * 0 counts as blank because desktop Excel may pass an empty cell as 0, and serial 0 is not a date.
 */
export function readAsOf(asOf: unknown, today: () => number = todayDay): number {
  const cell = toCellValue(asOf);
  if (isBlankCell(cell) || cell === 0) return today();
  const day = typeof cell === "boolean" ? new Rejection("is not a date") : readDate(cell);
  if (day instanceof Rejection) {
    throw new ArgumentError(
      `asOf "${String(cell)}" ${day.phrase}: expected a date cell, a date serial number or text such as ${formatDay(today())}`,
    );
  }
  return day;
}
