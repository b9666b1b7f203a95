import { CellValue, cellText, normaliseKey } from "../parsing";
import { Calculator, CALCULATOR_OUTPUT_COLUMNS, CALCULATORS } from "./calculators";
import { CALCULATOR_FIELDS, CalculatorFieldName, CalculatorInput, fieldLabel } from "./fields";

/** What one input column is to the calculators. */
export type CalculatorColumnRole =
  | { kind: "field"; field: CalculatorFieldName }
  /** One of the 15 output columns from an earlier run: replaced, never read. */
  | { kind: "output"; column: string }
  | { kind: "ignored" };

export interface CalculatorMapping {
  headers: string[];
  roles: CalculatorColumnRole[];
  /** The column of each field that has one (the first, when there is a conflict). */
  columnOf: Partial<Record<CalculatorFieldName, number>>;
  /** Fields fed by more than one column: the user must choose. */
  conflicts: { field: CalculatorFieldName; columns: number[] }[];
  /** The calculators with at least one trigger column, in output order: their columns are added (spec 1.8). */
  calculators: Calculator[];
  /** The output columns those calculators add, in order. */
  outputColumns: string[];
}

const LOOKUP = new Map<string, CalculatorColumnRole>();
for (const column of CALCULATOR_OUTPUT_COLUMNS) LOOKUP.set(normaliseKey(column), { kind: "output", column });
for (const field of CALCULATOR_FIELDS) {
  for (const header of field.headers) LOOKUP.set(normaliseKey(header), { kind: "field", field: field.name });
}

/** The role a header names (case, spaces and punctuation ignored). */
export function calculatorColumnRole(header: CellValue): CalculatorColumnRole {
  return LOOKUP.get(normaliseKey(cellText(header))) ?? { kind: "ignored" };
}

/** Maps a header row to calculator fields by the accepted headers of spec 1.2. */
export function mapCalculatorHeaders(headerCells: readonly CellValue[]): CalculatorMapping {
  const headers = headerCells.map(cellText);
  const roles = headerCells.map(calculatorColumnRole);
  const columnsOf = new Map<CalculatorFieldName, number[]>();
  roles.forEach((role, column) => {
    if (role.kind === "field") columnsOf.set(role.field, [...(columnsOf.get(role.field) ?? []), column]);
  });
  const columnOf: Partial<Record<CalculatorFieldName, number>> = {};
  for (const [field, columns] of columnsOf) columnOf[field] = columns[0];
  const conflicts = [...columnsOf]
    .filter(([, columns]) => columns.length > 1)
    .map(([field, columns]) => ({ field, columns }));
  const calculators = CALCULATORS.filter((calculator) => calculator.triggers.some((field) => columnsOf.has(field)));
  return { headers, roles, columnOf, conflicts, calculators, outputColumns: calculators.flatMap((c) => c.columns) };
}

/** The one-line problem that stops a whole sheet (conflicting columns, or nothing to calculate), or null. */
export function describeCalculatorMappingProblem(mapping: CalculatorMapping): string | null {
  if (mapping.conflicts.length > 0) {
    const parts = mapping.conflicts.map(
      (c) => `${c.columns.map((i) => `"${mapping.headers[i]}"`).join(" and ")} both map to ${fieldLabel(c.field)}`,
    );
    return `conflicting columns: ${parts.join("; ")}; keep one of them or rename the other`;
  }
  if (mapping.calculators.length === 0) {
    const examples = CALCULATORS.map((c) => fieldLabel(c.triggers[0])).join(", ");
    return `no calculator input columns: expected headers such as ${examples} (see docs/calculators.md)`;
  }
  return null;
}

/** The row's cells by field. */
export function calculatorInputOf(cells: readonly CellValue[], mapping: CalculatorMapping): CalculatorInput {
  const input: Partial<Record<CalculatorFieldName, CellValue>> = {};
  for (const [field, column] of Object.entries(mapping.columnOf) as [CalculatorFieldName, number][]) {
    input[field] = cells[column];
  }
  return input;
}

const HEADER_SCAN_ROWS = 20;

/**
 * The index of the header row among the first 20 rows: the one naming the most input fields (at least two, one of
 * them a trigger field), or -1. As routing finds its header row.
 */
export function findCalculatorHeaderRow(rows: readonly (readonly CellValue[])[]): number {
  const triggers = new Set(CALCULATORS.flatMap((c) => c.triggers));
  let best = -1;
  let bestCount = 1;
  rows.slice(0, HEADER_SCAN_ROWS).forEach((row, index) => {
    const roles = row.map(calculatorColumnRole);
    const known = roles.filter((role) => role.kind === "field").length;
    const hasTrigger = roles.some((role) => role.kind === "field" && triggers.has(role.field));
    if (hasTrigger && known > bestCount) {
      best = index;
      bestCount = known;
    }
  });
  return best;
}
