/**
 * Excel reads and writes for the capacity summary (issue 5), over engine/capacity:
 *
 * - `summariseWorkbook(context, {policy, asOf, sheetName?})`: reads the routed cohort back (output columns plus site
 *   and release date through the shared header mapping and row parser, in blocks) and the `Capacity` table or sheet,
 *   and computes the summary.
 * - `createCapacitySheet(context, policy)`: a `Capacity` sheet pre-filled with the policy's programme table.
 * - `writeSummarySheet(context, workbookSummary)`: creates or rewrites the `SOTP Summary` sheet with a native chart.
 * - `saveCapacityFigures(context, workbookSummary, changes)`: writes the pane's what-if figures to the capacity table
 *   (only its Groups per year and Group size cells, and new site rows below it); `resummariseCapacity` then re-reads
 *   the capacity table for the cohort already read; `summariseRoutedCohort` does so for a routing run's cohort
 *   still in memory (`routedCohortFromRun`).
 *
 * Problems are thrown as `SummaryError` (NOT_ROUTED, CAPACITY_EXISTS, CAPACITY_PROBLEMS) or src/excel's errors.
 */
export { resummariseCapacity, summariseRoutedCohort, summariseWorkbook } from "./summarise-workbook";
export type { SummariseOptions, WorkbookSummary } from "./summarise-workbook";
export { readRoutedCohort } from "./read-routed-cohort";
export { routedCohortFromRun } from "./routed-cohort-from-run";
export type { RoutedCohort, RoutedOutcome } from "./read-routed-cohort";
export { CAPACITY_NAME, readCapacityCells, readWorkbookCapacity } from "./read-capacity";
export type { CapacityCells, CapacitySourceKind, WorkbookCapacity } from "./read-capacity";
export { saveCapacityFigures } from "./save-capacity-figures";
export type { SavedCapacity } from "./save-capacity-figures";
export { createCapacitySheet, defaultCapacityCells } from "./create-capacity-sheet";
export { RAG_FILLS, writeSummarySheet } from "./write-summary-sheet";
export {
  buildSummarySheetCells,
  CHART_DATA_COLUMN,
  CHART_DATA_HEADERS,
  SUMMARY_CHART_NAME,
  SUMMARY_SHEET_NAME,
  TABLE_ROW,
} from "./summary-sheet-cells";
export type { SummarySheetCells } from "./summary-sheet-cells";
export { SummaryError } from "./summary-error";
export type { SummaryErrorCode } from "./summary-error";
