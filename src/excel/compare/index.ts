/**
 * The Excel side of "Compare policies": `compareWorkbookCohort` reads the cohort and routes it under two policies in
 * memory (reads only), `compareCohortCells` the same for cells already in memory; `selectTransitionRows` selects the rows of one line of the transition table;
 * `writeComparisonSheet` writes the `Comparison` sheet (and no other).
 */
export { CompareError } from "./compare-error";
export type { CompareErrorCode } from "./compare-error";
export { compareCohortCells, compareWorkbookCohort } from "./compare-workbook-cohort";
export type { CompareWorkbookOptions, WorkbookComparison } from "./compare-workbook-cohort";
export { MAX_SELECTED_AREAS, rowRuns, selectTransitionRows } from "./select-transition-rows";
export type { RowSelection } from "./select-transition-rows";
export { COMPARISON_CHART_NAME, writeComparisonSheet } from "./write-comparison-sheet";
