import { describeComputedInputs } from "../calculators";
import { beginCohort, countStatuses, mapCohortHeader, reasonLines, resultCells, statusLabel } from "../engine";
import type { CohortRouting, Decision } from "../engine";
import { CellValue, HeaderMapping, ColumnChoices, RowFacts } from "../parsing";
import type { Policy } from "../policies";
import { cellAddress } from "./cell-address";
import { ExcelLayerError } from "./excel-layer-error";
import { formatOutputColumns } from "./format-output-columns";
import { CohortLocation, locateCohort } from "./locate-cohort";
import { OutputPlan, planOutputColumns } from "./plan-output-columns";
import { readCohortBlocks } from "./read-cohort-blocks";
import { BlockSizing } from "./block-sizing";
import { writeOutputBlocks } from "./write-output-blocks";

export type RoutePhase = "reading" | "writing";

export interface RouteInExcelOptions {
  policy: Policy;
  /** The as-of date as a day number. */
  asOf: number;
  columnChoices?: ColumnChoices;
  onProgress?: (phase: RoutePhase, rows: number, totalRows: number) => void;
  isCancelled?: () => boolean;
  sizing?: Partial<BlockSizing>;
}

/** A routed row that needs attention, with the sheet row to select. */
export interface RowToReview {
  /** 1-based sheet row, as Excel shows it. */
  sheetRow: number;
  address: string;
  /** The status in the policy's words, and its key (colours go by key). */
  status: string;
  statusKey: string;
  reasons: string[];
}

export interface RouteInExcelOutcome {
  location: CohortLocation;
  mapping: HeaderMapping;
  plan: OutputPlan;
  rowCount: number;
  /** Routed rows by the policy's status keys (blank rows not counted). */
  statusCounts: Record<string, number>;
  rowsToReview: RowToReview[];
  /** Rows a treatment manager overrode (Status Overridden), with their O-1 reason first. */
  overriddenRows: RowToReview[];
  /** The run in memory, so the pane's later views need no second read: the data rows read and their routing. */
  routing: CohortRouting;
  cells: { rows: CellValue[][]; facts: RowFacts[] };
}

/**
 * The "Route cohort" action inside one `Excel.run`: locate, map, plan (stopping before any write when cells are in
 * the way), read in blocks, route, write in blocks, then format.
 */
export async function routeCohortInExcel(
  context: Excel.RequestContext,
  options: RouteInExcelOptions,
): Promise<RouteInExcelOutcome> {
  const { policy } = options;
  const location = await locateCohort(context, policy);
  const mapped = mapCohortHeader(location.headerCells, policy, options.columnChoices);
  if (!mapped.ok) throw new ExcelLayerError("MAPPING_PROBLEM", mapped.message);
  const { mapping } = mapped;
  const plan = await planOutputColumns(context, location, options);
  if (plan.blockedCellCount > 0)
    throw new ExcelLayerError(
      "OUTPUT_BLOCKED",
      `${plan.blockedCellCount} cell(s) are in the way of the output columns: ${plan.blockedCells.join(", ")}`,
      plan.blockedCells,
    );

  const notes = describeComputedInputs(mapping, policy); // spec risk-calculators 1.9: a field read from a band column
  const pipeline = beginCohort({ policy, asOf: options.asOf, mapping, notes });
  const blockOptions = { sizing: options.sizing, isCancelled: options.isCancelled };
  const onRead = (rows: number, total: number) => options.onProgress?.("reading", rows, total);
  const cells: RouteInExcelOutcome["cells"] = { rows: [], facts: [] };
  for await (const block of readCohortBlocks(context, location, { ...blockOptions, onProgress: onRead })) {
    pipeline.addRows(block.values, block.facts);
    for (const row of block.values) cells.rows.push(row);
    for (const facts of block.facts) cells.facts.push(facts);
  }
  const routing = pipeline.finish();
  const { results } = routing;
  const onWrite = (rows: number, total: number) => options.onProgress?.("writing", rows, total);
  await writeOutputBlocks(
    context,
    location,
    plan,
    results.map((decision) => resultCells(decision, policy)),
    { ...blockOptions, onProgress: onWrite },
  );
  await formatOutputColumns(context, location, plan, policy);
  const counted = summarise(location, results, policy);
  return { location, mapping, plan, rowCount: results.length, ...counted, routing, cells };
}

function summarise(location: CohortLocation, results: Decision[], policy: Policy) {
  const rowsToReview: RowToReview[] = [];
  const overriddenRows: RowToReview[] = [];
  results.forEach((result, index) => {
    const { status } = result;
    const review = status === "invalid" || status === "incomplete";
    const list = review ? rowsToReview : status === "overridden" ? overriddenRows : null;
    if (list === null || status === null) return;
    const row = location.headerRow + 1 + index;
    const address = cellAddress(location.sheetName, row, location.firstColumn);
    const text = statusLabel(policy, status);
    list.push({ sheetRow: row + 1, address, status: text, statusKey: status, reasons: reasonLines(result, policy) });
  });
  return { statusCounts: countStatuses(results), rowsToReview, overriddenRows };
}
