export { createRouter } from "./route-row";
export type { RouteOptions, Router } from "./route-row";
export type {
  BlankDecision,
  DecidedDecision,
  Decision,
  DuplicateId,
  IncompleteDecision,
  InvalidDecision,
  Outcome,
  OverriddenDecision,
} from "./decision";
export { programmeLabel, reasonLines, resultCells, statusLabel } from "./present-decision";
export { presentDecision } from "./decision-view";
export type { DecisionView } from "./decision-view";
export { routeCohort } from "./route-cohort";
export { createAnnotator, createIdCounter, idKeyOf } from "./cohort-annotations";
export type { Annotate, IdCounter } from "./cohort-annotations";
export { routeTable } from "./route-table";
export type { RoutedTable, RouteTableOptions } from "./route-table";
export {
  beginCohort,
  createCohortRowParser,
  createStreamedCohort,
  mapCohortHeader,
  routeCohortRows,
} from "./cohort-pipeline";
export type { CohortPipeline, CohortPipelineOptions, CohortRouting, MappedCohort } from "./cohort-pipeline";
export { countStatuses, statusKeyOf } from "./status-keys";
