import { describeComputedInputs } from "../calculators";
import { createRouter, resultCells, routeCohort } from "../engine";
import type { RouteResult } from "../engine";
import {
  createRowParser,
  describeMappingProblem,
  HeaderMapping,
  mapHeaders,
  MappingOverrides,
  ParsedRow,
} from "../parsing";
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
  overrides?: MappingOverrides;
  onProgress?: (phase: RoutePhase, rows: number, totalRows: number) => void;
  isCancelled?: () => boolean;
  sizing?: Partial<BlockSizing>;
}

/** A routed row that needs attention, with the sheet row to select. */
export interface RowToReview {
  /** 1-based sheet row, as Excel shows it. */
  sheetRow: number;
  address: string;
  status: string;
  reasons: string[];
}

export interface RouteInExcelOutcome {
  location: CohortLocation;
  mapping: HeaderMapping;
  plan: OutputPlan;
  rowCount: number;
  statusCounts: Record<string, number>;
  rowsToReview: RowToReview[];
  /** Rows a treatment manager overrode (Status Overridden), with their O-1 reason first. */
  overriddenRows: RowToReview[];
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
  const mapping = mapHeaders(location.headerCells, policy, options.overrides);
  const problem = describeMappingProblem(mapping, policy);
  if (problem) throw new ExcelLayerError("MAPPING_PROBLEM", problem);
  const plan = await planOutputColumns(context, location, options);
  if (plan.blockedCellCount > 0)
    throw new ExcelLayerError(
      "OUTPUT_BLOCKED",
      `${plan.blockedCellCount} cell(s) are in the way of the output columns: ${plan.blockedCells.join(", ")}`,
      plan.blockedCells,
    );

  const parseRow = createRowParser(mapping, policy);
  const parsed: ParsedRow[] = [];
  const blockOptions = { sizing: options.sizing, isCancelled: options.isCancelled };
  const onRead = (rows: number, total: number) => options.onProgress?.("reading", rows, total);
  for await (const block of readCohortBlocks(context, location, { ...blockOptions, onProgress: onRead })) {
    block.values.forEach((cells, r) => parsed.push(parseRow(cells, { percentFormatted: block.percentFormatted[r] })));
  }
  const results = withComputedInputNotes(
    routeCohort(createRouter(policy, { asOf: options.asOf }), parsed),
    mapping,
    policy,
  );
  const onWrite = (rows: number, total: number) => options.onProgress?.("writing", rows, total);
  await writeOutputBlocks(context, location, plan, results.map(resultCells), { ...blockOptions, onProgress: onWrite });
  await formatOutputColumns(context, location, plan, policy);
  return { location, mapping, plan, rowCount: results.length, ...summarise(location, results, policy) };
}

/** A field read from a computed band column (spec risk-calculators 1.9): every routed row's reasons say so. */
function withComputedInputNotes(results: RouteResult[], mapping: HeaderMapping, policy: Policy): RouteResult[] {
  const notes = describeComputedInputs(mapping, policy);
  if (notes.length === 0) return results;
  return results.map((result) =>
    result.status === "" ? result : { ...result, reasons: [...result.reasons, ...notes] },
  );
}

function summarise(location: CohortLocation, results: RouteResult[], policy: Policy) {
  const statusCounts: Record<string, number> = {};
  const review = new Set([policy.data.statuses.invalid, policy.data.statuses.incomplete]);
  const { overridden } = policy.data.statuses;
  const rowsToReview: RowToReview[] = [];
  const overriddenRows: RowToReview[] = [];
  results.forEach((result, index) => {
    statusCounts[result.status] = (statusCounts[result.status] ?? 0) + 1;
    const list = review.has(result.status) ? rowsToReview : result.status === overridden ? overriddenRows : null;
    if (list === null) return;
    const row = location.headerRow + 1 + index;
    const address = cellAddress(location.sheetName, row, location.firstColumn);
    list.push({ sheetRow: row + 1, address, status: result.status, reasons: result.reasons });
  });
  return { statusCounts, rowsToReview, overriddenRows };
}
