import { describeFinishedRun } from "../pane-text";
import type { ActionOf } from "./pane-action";
import type { PaneState } from "./pane-state";

type RoutingAction = ActionOf<
  "noticeShown" | "routeStarted" | "routeProgressed" | "cancelRequested" | "routeFinished" | "routeFailed"
>;

const ROUTING_NOTICE = {
  tone: "info",
  title: "Routing…",
  detail: "Keep the workbook open until this finishes. Cancel stops between blocks of rows.",
  cells: [],
} as const;

/** A routing run from start to end, and the notice above it. */
export function updateRouting(state: PaneState, action: RoutingAction): PaneState {
  switch (action.type) {
    case "noticeShown":
      return { ...state, notice: action.notice };
    case "routeStarted":
      return {
        ...state,
        notice: ROUTING_NOTICE,
        routing: {
          running: true,
          cancelRequested: false,
          progress: { phase: "reading", rows: 0, total: action.total },
        },
        lastRun: null,
        // The run rewrites the sheet's outputs: what was kept in memory no longer matches it.
        inMemory: null,
      };
    case "routeProgressed":
      return { ...state, routing: { ...state.routing, progress: action.progress } };
    case "cancelRequested":
      return state.routing.running ? { ...state, routing: { ...state.routing, cancelRequested: true } } : state;
    case "routeFinished": {
      const { run, inMemory } = action;
      const { location } = run.outcome;
      const cohort = state.cohort ? { ...state.cohort, location } : state.cohort;
      const notice = describeFinishedRun(run.outcome.rowCount, location.sheetName, run.asOf);
      return { ...state, cohort, notice, routing: { ...state.routing, running: false }, lastRun: run, inMemory };
    }
    case "routeFailed":
      return { ...state, notice: action.notice, routing: { ...state.routing, running: false } };
  }
}
