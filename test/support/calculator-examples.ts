import assert from "node:assert/strict";
import path from "node:path";
import { CALCULATOR_OUTPUT_COLUMNS } from "../../src/calculators";
import { readCsvRecords, readCsvRows, SHARED_EXAMPLES } from "./shared-examples";

export const CALCULATOR_EXAMPLES_FILE = path.join(SHARED_EXAMPLES, "calculator-examples.csv");
/** The input columns of the examples: everything before `Note`. */
export const CALCULATOR_INPUT_COLUMNS = 21;

export function readCalculatorExamples() {
  const rows = readCsvRows(CALCULATOR_EXAMPLES_FILE);
  return { rows, records: readCsvRecords(CALCULATOR_EXAMPLES_FILE) };
}

/**
 * Checks one example's output cells (in CALCULATOR_OUTPUT_COLUMNS order, as numbers, text or empty) against the
 * expected columns: score cells compared as numbers, band and message exactly, empty as empty.
 */
export function assertExampleOutputs(actual: readonly unknown[], expected: Record<string, string>, where: string) {
  assert.equal(actual.length, CALCULATOR_OUTPUT_COLUMNS.length, `${where}: 15 output cells`);
  CALCULATOR_OUTPUT_COLUMNS.forEach((column, index) => {
    const want = expected[column];
    const got = actual[index];
    const label = `${expected.ID} ${column} (${where})`;
    if (want === "") assert.ok(got === null || got === "" || got === undefined, `${label}: expected empty, got ${got}`);
    else if (/^-?\d+(\.\d+)?$/.test(want)) assert.equal(Number(got), Number(want), label);
    else assert.equal(got, want, label);
  });
}
