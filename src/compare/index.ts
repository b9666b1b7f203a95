export { COMPARISON_COLUMNS, SIDE_COLUMNS, TRANSITION_COLUMNS, isReplacedHeader } from "./comparison-columns";
export { compareTable } from "./compare-table";
export type { ComparedTable, CompareOptions, PolicyRun } from "./compare-table";
export { changedCount, comparisonCells, comparisonCellsAt, comparisonRows } from "./comparison-rows";
export { changedCell, statusKey } from "./outcome-key";
export { describeMove, describeTransition, transitionCells, transitionTable } from "./transition-table";
export type { Transition } from "./transition-table";
