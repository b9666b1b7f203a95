import type { CellValue } from "../parsing";
import { CalculatorCell, resultCells, runCalculator } from "./calculators";
import {
  CalculatorMapping,
  calculatorInputOf,
  describeCalculatorMappingProblem,
  findCalculatorHeaderRow,
  mapCalculatorHeaders,
} from "./map-calculator-headers";

export type CalculatedTable =
  | {
      ok: true;
      /** Index in `rows` of the header row; data rows follow it. */
      headerRow: number;
      mapping: CalculatorMapping;
      /** Per data row: the cells of `mapping.outputColumns`. */
      outputs: CalculatorCell[][];
    }
  | { ok: false; message: string };

/** The output cells of one row for the calculators the mapping found, in column order. */
export function calculateRow(cells: readonly CellValue[], mapping: CalculatorMapping): CalculatorCell[] {
  const input = calculatorInputOf(cells, mapping);
  return mapping.calculators.flatMap((calculator) => resultCells(runCalculator(calculator, input)));
}

/** Finds the header row of a table of cells, maps it, and runs the calculators on every row below it. */
export function calculateTable(rows: readonly (readonly CellValue[])[]): CalculatedTable {
  const found = findCalculatorHeaderRow(rows);
  const headerRow = found < 0 ? 0 : found;
  const mapping = mapCalculatorHeaders(rows[headerRow] ?? []);
  const problem = describeCalculatorMappingProblem(mapping);
  if (problem) return { ok: false, message: problem };
  const outputs: CalculatorCell[][] = [];
  for (let index = headerRow + 1; index < rows.length; index++) outputs.push(calculateRow(rows[index], mapping));
  return { ok: true, headerRow, mapping, outputs };
}
