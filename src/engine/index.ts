export { createRouter } from "./route-row";
export type { RouteOptions, RouteResult, Router } from "./route-row";
export { createIdCounter, flagDuplicateIds, routeCohort, withDuplicateFlag } from "./route-cohort";
export { resultCells } from "./result-cells";
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
