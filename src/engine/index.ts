export { createRouter } from "./route-row";
export type { RouteOptions, RouteResult, Router } from "./route-row";
export { createIdCounter, flagDuplicateIds, routeCohort, withDuplicateFlag } from "./route-cohort";
export { resultCells } from "./result-cells";
export { routeTable } from "./route-table";
export type { RoutedTable, RouteTableOptions } from "./route-table";
