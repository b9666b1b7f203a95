/**
 * The pane's commands: each runs one user action's Excel work (through src/excel) and dispatches to the store what
 * happened. Views call them; they never touch the DOM.
 */
import type { ExcelHost, ExcelSession } from "../excel-session";
import type { PaneStore } from "../store";
import { CohortCommands, createCohortCommands } from "./cohort-commands";
import { CompareCommands, createCompareCommands } from "./compare-commands";
import { createRouteCommands, RouteCommands } from "./route-commands";
import { createSummaryCommands, SummaryCommands } from "./summary-commands";

export interface PaneCommands {
  cohort: CohortCommands;
  route: RouteCommands;
  summary: SummaryCommands;
  compare: CompareCommands;
}

export function createPaneCommands(store: PaneStore, excel: ExcelHost, session: ExcelSession): PaneCommands {
  const summary = createSummaryCommands(store, excel);
  return {
    cohort: createCohortCommands(store, session),
    route: createRouteCommands(store, session, () => summary.showRouted()),
    summary,
    compare: createCompareCommands(store, excel),
  };
}
export type { CohortCommands, CompareCommands, RouteCommands, SummaryCommands };
