/**
 * The Excel I/O layer: the only code that calls the Excel JavaScript API. Every function takes the
 * `Excel.RequestContext` of the caller's one `Excel.run` per user action, so tests pass a fake's context.
 *
 * - `locateCohort(context, policy, {sheetName?})` → `CohortLocation`: the selected table, else the first table on the
 *   active (or named) sheet, else its used range; header row found with `findHeaderRow`.
 * - `readCohortBlocks(context, location, {onProgress, isCancelled, sizing})` → async iterator of `CohortBlock`
 *   (values + per-row cell `facts`), one sync per block, sized from the data under Excel on the web's 5 MB limit.
 * - `planOutputColumns(context, location)` → `OutputPlan`: reuses our output columns, lists cells in the way.
 * - `writeOutputBlocks(context, location, plan, rows, {onProgress, isCancelled})`: values in blocks behind a visible
 *   run-in-progress marker; extends a table once; clears the marker last.
 * - `formatOutputColumns(context, location, plan, policy)`: header style, widths, wrap, status colours.
 * - `routeCohortInExcel(context, options)`: the whole "Route cohort" action.
 * - `calculateRiskInExcel(context, options)`: the "Calculate risk scores" action (same planning and block writing).
 * - `selectCohortRow(context, location, sheetRow, width)`: selects one row of the cohort (a row to review).
 * - `loadSheetMapping(context, sheet, headers?)` (the sheet's policy and choices per policy),
 *   `loadColumnChoices(context, sheet, headers?, policyId?)` / `saveColumnChoices(context, sheet, columnChoices,
 *   headers, policyId?)`.
 *
 * Problems are thrown as `ExcelLayerError` with a `code` (NO_COHORT, NO_HEADER_ROW, MAPPING_PROBLEM,
 * OUTPUT_BLOCKED with `cells`, CANCELLED, TRUNCATED_READ); Excel's own errors pass through with their `code`.
 */
export { locateCohort } from "./locate-cohort";
export type { CohortLocation, LocateCohortOptions } from "./locate-cohort";
export { readCohortBlocks } from "./read-cohort-blocks";
export type { CohortBlock, ReadCohortOptions } from "./read-cohort-blocks";
export { planOutputColumns } from "./plan-output-columns";
export type { OutputPlan } from "./plan-output-columns";
export { writeOutputBlocks } from "./write-output-blocks";
export type { OutputRow, WriteOutputOptions } from "./write-output-blocks";
export { formatOutputColumns } from "./format-output-columns";
export { routeCohortInExcel } from "./route-cohort-in-excel";
export type { RouteInExcelOptions, RouteInExcelOutcome, RoutePhase, RowToReview } from "./route-cohort-in-excel";
export { calculateRiskInExcel } from "./calculate-risk-in-excel";
export type { CalculateInExcelOptions, CalculateInExcelOutcome, CalculatorTally } from "./calculate-risk-in-excel";
export { routeOnComputedBand } from "./route-on-computed-band";
export { selectCohortRow } from "./select-cohort-row";
export { loadColumnChoices, loadSheetMapping, saveColumnChoices } from "./column-choices";
export type { SheetMapping } from "./column-choices";
export { DEFAULT_BLOCK_SIZING, rowsPerBlock } from "./block-sizing";
export type { BlockSizing } from "./block-sizing";
export { ExcelLayerError, isPayloadLimitError } from "./excel-layer-error";
export type { ExcelLayerErrorCode } from "./excel-layer-error";
export { RUN_MARKER_TEXT, isRunMarker } from "./run-marker";
export { isPercentFormat } from "../parsing";
export { cellAddress, columnLetters } from "./cell-address";
