import type { ActionOf } from "./pane-action";
import type { PaneState, SummaryState } from "./pane-state";

type SummaryAction = ActionOf<"summaryWorking" | "summaryShown" | "summaryEnded" | "whatIfTyped" | "whatIfReset">;

/** The capacity summary: its Excel actions, the summary shown, and the what-if figures typed over it. */
export function updateSummary(state: PaneState, action: SummaryAction): PaneState {
  const summary = nextSummary(state.summary, action);
  if (summary === state.summary) return state;
  // A read of the sheet (Refresh) supersedes the routing run kept in memory: the comparison reads the sheet too.
  const reread = action.type === "summaryShown" && action.source.kind === "sheet";
  return { ...state, summary, inMemory: reread ? null : state.inMemory };
}

function nextSummary(summary: SummaryState, action: SummaryAction): SummaryState {
  switch (action.type) {
    case "summaryWorking":
      return { ...summary, busy: true, status: { text: action.text, kind: "info" } };
    case "summaryShown": {
      const { base, source, status } = action;
      // The summary sheet shows the sheet's figures: the what-if starts again from them.
      return { ...summary, busy: false, status, base, source, sheetName: source.sheetName, edits: {} };
    }
    case "summaryEnded":
      return { ...summary, busy: false, status: action.status };
    case "whatIfTyped": {
      const { key, figure, text } = action;
      return { ...summary, edits: { ...summary.edits, [key]: { ...summary.edits[key], [figure]: text } } };
    }
    case "whatIfReset":
      return Object.keys(summary.edits).length === 0 ? summary : { ...summary, edits: {} };
  }
}
