import type { PaneAction } from "./pane-action";
import type { PaneState } from "./pane-state";
import { updateCohort } from "./update-cohort";
import { updateCompare } from "./update-compare";
import { updateRouting } from "./update-routing";
import { updateSummary } from "./update-summary";

/** The pane's next state: pure (no DOM, no Excel), so every view renders the same state the same way. */
export function updatePane(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "asOfTyped":
    case "policyChosen":
    case "cohortFound":
    case "cohortNotFound":
    case "columnChosen":
      return updateCohort(state, action);
    case "noticeShown":
    case "routeStarted":
    case "routeProgressed":
    case "cancelRequested":
    case "routeFinished":
    case "routeFailed":
      return updateRouting(state, action);
    case "summaryWorking":
    case "summaryShown":
    case "summaryEnded":
    case "whatIfTyped":
    case "whatIfReset":
      return updateSummary(state, action);
    case "comparePoliciesChosen":
    case "compareWorking":
    case "compareShown":
    case "compareEnded":
    case "compareLinePressed":
      return updateCompare(state, action);
  }
}
