import { DEFAULT_POLICY_ID, listBundledPolicies } from "../../policies";
import type { PaneState } from "./pane-state";

/** The policy compared with by default: the current suite when it is bundled, else another bundled one. */
const PREFERRED_TO = "hmpps-2017";

/** What the summary says before it has anything to show. */
export const SUMMARY_FIRST_STATUS =
  "Route the cohort to see capacity and waiting lists, or press Refresh for a sheet routed earlier.";
const COMPARE_FIRST_STATUS =
  "Choose two policies and press Compare: the cohort on the active sheet is read, and nothing is written.";

/** The pane as it opens: the default policy, `asOfText` (today), nothing found or routed yet. */
export function initialPaneState(asOfText: string, policyId = DEFAULT_POLICY_ID): PaneState {
  const ids = listBundledPolicies();
  const fromId = ids.includes(policyId) ? policyId : ids[0];
  const toId = ids.includes(PREFERRED_TO) ? PREFERRED_TO : (ids.find((id) => id !== fromId) ?? ids[0]);
  return {
    policyId,
    asOfText,
    cohort: null,
    lookedForCohort: false,
    choices: {},
    notice: null,
    routing: { running: false, cancelRequested: false, progress: { phase: "reading", rows: 0, total: 0 } },
    lastRun: null,
    inMemory: null,
    summary: {
      busy: false,
      status: { text: SUMMARY_FIRST_STATUS, kind: "info" },
      sheetName: null,
      base: null,
      source: null,
      edits: {},
    },
    compare: {
      busy: false,
      status: { text: COMPARE_FIRST_STATUS, kind: "info" },
      fromId,
      toId,
      sheetName: null,
      result: null,
      pressed: null,
    },
  };
}
