import {
  CalculatorCell,
  calculateRow,
  CalculatorMapping,
  describeCalculatorMappingProblem,
  findCalculatorHeaderRow,
  mapCalculatorHeaders,
} from "../calculators";
import { getBundledPolicy } from "../policies";
import { BlockSizing } from "./block-sizing";
import { cellAddress } from "./cell-address";
import { ExcelLayerError } from "./excel-layer-error";
import { formatCalculatorColumns } from "./format-calculator-columns";
import { CohortLocation, locateCohort } from "./locate-cohort";
import { OutputPlan, planOutputColumns } from "./plan-output-columns";
import { readCohortBlocks } from "./read-cohort-blocks";
import { OutputRow, writeOutputBlocks } from "./write-output-blocks";
import type { RoutePhase, RowToReview } from "./route-cohort-in-excel";

export interface CalculateInExcelOptions {
  onProgress?: (phase: RoutePhase, rows: number, totalRows: number) => void;
  isCancelled?: () => boolean;
  sizing?: Partial<BlockSizing>;
}

/** How one calculator's rows came out. */
export interface CalculatorTally {
  name: string;
  scored: number;
  notApplicable: number;
  invalid: number;
}

export interface CalculateInExcelOutcome {
  location: CohortLocation;
  mapping: CalculatorMapping;
  plan: OutputPlan<string>;
  rowCount: number;
  tallies: CalculatorTally[];
  /** Rows with an Invalid band, each with one reason per Invalid calculator (`OSP/DC: …`). */
  rowsToReview: RowToReview[];
}

/**
 * The "Calculate risk scores" action inside one `Excel.run`: locate the sheet or table (header row found by the
 * calculator headers), map, plan the derived columns (stopping before any write when cells are in the way), read in
 * blocks, calculate, write in blocks, then format. Running it again updates its own columns in place.
 */
export async function calculateRiskInExcel(
  context: Excel.RequestContext,
  options: CalculateInExcelOptions = {},
): Promise<CalculateInExcelOutcome> {
  const location = await locateCohort(context, getBundledPolicy(), { findHeader: findCalculatorHeaderRow });
  const mapping = mapCalculatorHeaders(location.headerCells);
  const problem = describeCalculatorMappingProblem(mapping);
  if (problem) throw new ExcelLayerError("MAPPING_PROBLEM", problem);
  const plan = await planOutputColumns(context, location, options, mapping.outputColumns);
  if (plan.blockedCellCount > 0)
    throw new ExcelLayerError(
      "OUTPUT_BLOCKED",
      `${plan.blockedCellCount} cell(s) are in the way of the risk score columns: ${plan.blockedCells.join(", ")}`,
      plan.blockedCells,
    );

  const outputs: CalculatorCell[][] = [];
  const blockOptions = { sizing: options.sizing, isCancelled: options.isCancelled };
  const onRead = (rows: number, total: number) => options.onProgress?.("reading", rows, total);
  for await (const block of readCohortBlocks(context, location, { ...blockOptions, onProgress: onRead })) {
    for (const cells of block.values) outputs.push(calculateRow(cells, mapping));
  }
  const rows = outputs.map((cells) => outputRow(mapping.outputColumns, cells));
  const onWrite = (rows: number, total: number) => options.onProgress?.("writing", rows, total);
  await writeOutputBlocks(context, location, plan, rows, { ...blockOptions, onProgress: onWrite });
  await formatCalculatorColumns(context, location, plan);
  return { location, mapping, plan, rowCount: outputs.length, ...summarise(location, mapping, outputs) };
}

/** Empty cells are written as "" so a rerun clears a value an earlier run wrote. */
function outputRow(columns: readonly string[], cells: readonly CalculatorCell[]): OutputRow<string> {
  const row: Record<string, string | number> = {};
  columns.forEach((column, index) => (row[column] = cells[index] ?? ""));
  return row;
}

function summarise(location: CohortLocation, mapping: CalculatorMapping, outputs: readonly CalculatorCell[][]) {
  const tallies: CalculatorTally[] = mapping.calculators.map((c) => ({
    name: c.name,
    scored: 0,
    notApplicable: 0,
    invalid: 0,
  }));
  const rowsToReview: RowToReview[] = [];
  outputs.forEach((cells, index) => {
    const reasons: string[] = [];
    let offset = 0;
    mapping.calculators.forEach((calculator, c) => {
      const band = cells[offset + calculator.columns.length - 2];
      const message = cells[offset + calculator.columns.length - 1];
      offset += calculator.columns.length;
      if (band === "Invalid") {
        tallies[c].invalid++;
        reasons.push(`${calculator.name}: ${message}`);
      } else if (band === "Not applicable") tallies[c].notApplicable++;
      else if (band !== null) tallies[c].scored++;
    });
    if (reasons.length === 0) return;
    const row = location.headerRow + 1 + index;
    const address = cellAddress(location.sheetName, row, location.firstColumn);
    rowsToReview.push({ sheetRow: row + 1, address, status: "Invalid", statusKey: "invalid", reasons });
  });
  return { tallies, rowsToReview };
}
