import type { ColumnChoices } from "../../parsing";
import { getBundledPolicy } from "../../policies";
import { chooseMapping, keepKnownChoices } from "../mapping-rows";
import type { ActionOf } from "./pane-action";
import type { PaneState } from "./pane-state";

type CohortAction = ActionOf<"asOfTyped" | "policyChosen" | "cohortFound" | "cohortNotFound" | "columnChosen">;

/** The column choices in force: the found sheet's, under the chosen policy. */
export function currentChoices(state: PaneState): ColumnChoices {
  const sheet = state.cohort?.location.sheetName;
  return (sheet === undefined ? undefined : state.choices[sheet]?.[state.policyId]) ?? {};
}

const withChoices = (state: PaneState, sheet: string, policyId: string, choices: ColumnChoices): PaneState => ({
  ...state,
  choices: { ...state.choices, [sheet]: { ...state.choices[sheet], [policyId]: choices } },
});

/** The cohort found, the policy, the as-of date and the column choices. */
export function updateCohort(state: PaneState, action: CohortAction): PaneState {
  switch (action.type) {
    case "asOfTyped":
      return { ...state, asOfText: action.text };
    case "policyChosen": {
      const next = { ...state, policyId: action.policyId };
      const sheet = state.cohort?.location.sheetName;
      if (sheet === undefined) return next;
      // the choices made under this policy before; else those of the other policy that this one also knows
      const before = state.choices[sheet]?.[action.policyId] ?? currentChoices(state);
      return withChoices(next, sheet, action.policyId, keepKnownChoices(before, getBundledPolicy(action.policyId)));
    }
    case "cohortFound": {
      const { cohort, policyId } = action;
      const sheet = cohort.location.sheetName;
      // A fresh look at the sheet: the routing kept in memory may no longer be what it holds.
      const found: PaneState = {
        ...state,
        cohort,
        lookedForCohort: true,
        policyId,
        notice: null,
        lastRun: null,
        inMemory: null,
      };
      const saved = { ...state.choices, [sheet]: cohort.savedByPolicy };
      const kept = keepKnownChoices(cohort.savedByPolicy[policyId] ?? {}, getBundledPolicy(policyId));
      return withChoices({ ...found, choices: saved }, sheet, policyId, kept);
    }
    case "cohortNotFound":
      return { ...state, cohort: null, lookedForCohort: true, notice: action.notice, lastRun: null, inMemory: null };
    case "columnChosen": {
      if (!state.cohort) return state;
      const { headerCells, sheetName } = state.cohort.location;
      const policy = getBundledPolicy(state.policyId);
      const choices = chooseMapping(headerCells, policy, currentChoices(state), action.column, action.choice);
      return withChoices(state, sheetName, state.policyId, choices);
    }
  }
}
