export { COMPARISON_COLUMNS, SIDE_COLUMNS, TRANSITION_COLUMNS, isReplacedHeader } from "./comparison-columns";
export { compareTable } from "./compare-table";
export type { ComparedTable, CompareOptions } from "./compare-table";
export { beginComparison } from "./begin-comparison";
export type { BeganComparison, ComparisonBuilder, ComparisonRuns, PolicyRun } from "./begin-comparison";
export { changedCount, comparisonCells, comparisonCellsAt, comparisonRows } from "./comparison-rows";
export { changedCell } from "./outcome-key";
export { describeMove, describeTransition, transitionCells, transitionTable } from "./transition-table";
export type { Transition } from "./transition-table";
export {
  CHART_BARS,
  COMPARISON_CHART_COLUMN,
  COMPARISON_SHEET_NAME,
  COMPARISON_TABLE_ROW,
  comparisonSheetCells,
} from "./comparison-sheet-cells";
export type { ComparisonSheetCells } from "./comparison-sheet-cells";
