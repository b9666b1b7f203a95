import { getBundledPolicy, listBundledPolicies } from "../../policies";
import type { ExcelSession } from "../excel-session";
import { describeRouteError } from "../pane-text";
import { currentChoices, PaneStore } from "../store";

export interface CohortCommands {
  /** Finds the cohort on the active sheet (again), with the choices saved for it, on the policy last chosen for it. */
  findCohort(): Promise<void>;
  choosePolicy(policyId: string): Promise<void>;
  chooseColumn(column: number, choice: string): Promise<void>;
}

export function createCohortCommands(store: PaneStore, session: ExcelSession): CohortCommands {
  /** Saves one at a time: each save rewrites the sheet's setting from what the previous one left. */
  let saving: Promise<void> = Promise.resolve();
  const saveMapping = (): Promise<void> => {
    const state = store.getState();
    if (!state.cohort) return saving;
    const { location } = state.cohort;
    const [policyId, choices] = [state.policyId, currentChoices(state)];
    saving = saving.then(async () => {
      try {
        await session.saveMapping(location, policyId, choices);
      } catch (error) {
        const notice = { ...describeRouteError(error), title: "Your mapping choice was not saved" };
        store.dispatch({ type: "noticeShown", notice });
      }
    });
    return saving;
  };

  return {
    async findCohort() {
      store.dispatch({ type: "noticeShown", notice: null });
      try {
        let policyId = store.getState().policyId;
        let cohort = await session.inspectCohort(getBundledPolicy(policyId));
        const remembered = cohort.savedPolicyId;
        if (remembered !== null && remembered !== policyId && listBundledPolicies().includes(remembered)) {
          policyId = remembered;
          cohort = await session.inspectCohort(getBundledPolicy(policyId));
        }
        store.dispatch({ type: "cohortFound", cohort, policyId });
      } catch (error) {
        store.dispatch({ type: "cohortNotFound", notice: describeRouteError(error) });
      }
    },
    choosePolicy(policyId) {
      store.dispatch({ type: "policyChosen", policyId });
      return saveMapping();
    },
    chooseColumn(column, choice) {
      store.dispatch({ type: "columnChosen", column, choice });
      return saveMapping();
    },
  };
}
