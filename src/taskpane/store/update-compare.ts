import type { ActionOf } from "./pane-action";
import type { CompareState, PaneState } from "./pane-state";

type CompareAction = ActionOf<
  "comparePoliciesChosen" | "compareWorking" | "compareShown" | "compareEnded" | "compareLinePressed"
>;

/** "Compare policies": the two policies, its Excel actions, and the comparison shown. */
export function updateCompare(state: PaneState, action: CompareAction): PaneState {
  return { ...state, compare: nextCompare(state.compare, action) };
}

function nextCompare(compare: CompareState, action: CompareAction): CompareState {
  switch (action.type) {
    case "comparePoliciesChosen":
      // Another pair of policies: the comparison shown is not theirs.
      return { ...compare, fromId: action.fromId, toId: action.toId, result: null, pressed: null };
    case "compareWorking": {
      const working = { ...compare, busy: true, status: { text: action.text, kind: "info" as const } };
      return action.fresh ? { ...working, result: null, pressed: null } : working;
    }
    case "compareShown": {
      const { result, status } = action;
      const sheetName = result.comparison.location.sheetName;
      return { ...compare, busy: false, status, result, sheetName, pressed: null };
    }
    case "compareEnded":
      return { ...compare, busy: false, status: action.status };
    case "compareLinePressed":
      return { ...compare, pressed: action.index };
  }
}
