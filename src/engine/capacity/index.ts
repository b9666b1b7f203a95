export { roundHalfAwayFromZero } from "./round-half-away";
export { NO_PLACES, pressureOf, ragOf } from "./pressure";
export type { NoPlaces, Rag } from "./pressure";
export { columnLetters, formatCellAddress, parseCellAddress } from "./cell-address";
export type { CellPosition } from "./cell-address";
export { CAPACITY_HEADERS, findCapacityColumns, findCapacityHeaderRow } from "./capacity-columns";
export type { CapacityColumn } from "./capacity-columns";
export { parseCapacityTable } from "./capacity-table";
export type { CapacityProblem, CapacityRow, CapacityTable, CapacityTableOptions } from "./capacity-table";
export { capacityEntriesFrom } from "./capacity-entries";
export type { CapacityEntry } from "./capacity-entries";
export { findCapacity } from "./find-capacity";
export type { CapacitySource, ProgrammeCapacity } from "./find-capacity";
export { assessQueue, countAtRisk, orderQueue, releasedBeforeFinishing, startWeeksOf } from "./waiting-queue";
export type { QueueOutcome } from "./waiting-queue";
export { computeCapacitySummary } from "./capacity-summary";
export type { CapacitySummary, CapacitySummaryOptions, CapacitySummaryRow } from "./capacity-summary";
export { groupsForGreenFor, groupsNeededFor, MAX_GROUPS_A_YEAR, OVER_MAX, planQueue } from "./planning";
export type { GroupsAnswer, OverMax, PlanningOutcome } from "./planning";
export { summaryRowKey, withWhatIf } from "./what-if";
export type { CapacityFigures, WhatIf } from "./what-if";
export { groupsText, SUMMARY_COLUMNS, summaryRowCells, summaryTableCells } from "./summary-cells";
export type { SummaryColumn } from "./summary-cells";
export { planCapacitySave } from "./plan-capacity-save";
export type { CapacityChange, CapacitySavePlan, CapacitySaveRequest } from "./plan-capacity-save";
export {
  describeDefaultCapacity,
  describeOutsideSetting,
  rowsOutsideSetting,
  unmatchedCapacityRows,
} from "./capacity-checks";
export type { OutsideSetting } from "./capacity-checks";
