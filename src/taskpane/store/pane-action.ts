import type { CapacityFigures } from "../../engine/capacity";
import type { InspectedCohort } from "../excel-session";
import type { PaneNotice, RunProgress } from "../pane-text";
import type { CohortInMemory, CohortSource, CompareState, FinishedRun, StatusLine, SummaryState } from "./pane-state";

/** Everything that can happen to the pane: a user's choice, or how an Excel action went. */
export type PaneAction =
  | { type: "asOfTyped"; text: string }
  | { type: "policyChosen"; policyId: string }
  | { type: "cohortFound"; cohort: InspectedCohort; policyId: string }
  | { type: "cohortNotFound"; notice: PaneNotice }
  | { type: "columnChosen"; column: number; choice: string }
  | { type: "noticeShown"; notice: PaneNotice | null }
  | { type: "routeStarted"; total: number }
  | { type: "routeProgressed"; progress: RunProgress }
  | { type: "cancelRequested" }
  | { type: "routeFinished"; run: FinishedRun; inMemory: CohortInMemory }
  | { type: "routeFailed"; notice: PaneNotice }
  | { type: "summaryWorking"; text: string }
  | { type: "summaryShown"; base: NonNullable<SummaryState["base"]>; source: CohortSource; status: StatusLine }
  | { type: "summaryEnded"; status: StatusLine }
  | { type: "whatIfTyped"; key: string; figure: keyof CapacityFigures; text: string }
  | { type: "whatIfReset" }
  | { type: "comparePoliciesChosen"; fromId: string; toId: string }
  /** `fresh`: a new comparison begins, so the one shown goes. */
  | { type: "compareWorking"; text: string; fresh: boolean }
  | { type: "compareShown"; result: NonNullable<CompareState["result"]>; status: StatusLine }
  | { type: "compareEnded"; status: StatusLine }
  | { type: "compareLinePressed"; index: number };

/** The actions of the given types, for the part of `updatePane` that handles them. */
export type ActionOf<T extends PaneAction["type"]> = Extract<PaneAction, { type: T }>;
