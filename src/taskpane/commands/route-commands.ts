import { routedCohortFromRun } from "../../excel/summary";
import { parseDayText } from "../../parsing";
import { getBundledPolicy } from "../../policies";
import type { ExcelSession } from "../excel-session";
import { describeRouteError } from "../pane-text";
import { currentChoices, PaneStore } from "../store";

export interface RouteCommands {
  /** Routes the cohort found, then keeps the run in memory for the summary (which it shows next). */
  route(): Promise<void>;
  cancel(): void;
  /** Selects one row of the last run in the sheet. */
  selectRow(sheetRow: number): Promise<void>;
}

export function createRouteCommands(
  store: PaneStore,
  session: ExcelSession,
  afterRun: () => Promise<void>,
  now: () => number = Date.now,
): RouteCommands {
  return {
    async route() {
      const state = store.getState();
      const asOf = parseDayText(state.asOfText);
      if (!state.cohort || asOf === null || state.routing.running) return;
      const policy = getBundledPolicy(state.policyId);
      store.dispatch({ type: "routeStarted", total: state.cohort.location.dataRowCount });
      try {
        const outcome = await session.routeCohort({
          policy,
          asOf,
          columnChoices: currentChoices(state),
          onProgress: (phase, rows, total) =>
            store.dispatch({ type: "routeProgressed", progress: { phase, rows, total } }),
          isCancelled: () => store.getState().routing.cancelRequested,
        });
        const { routing, cells, ...shown } = outcome;
        const { location, mapping, rowCount } = shown;
        const source = { kind: "routing" as const, sheetName: location.sheetName, at: now(), rows: rowCount };
        const cohort = routedCohortFromRun(location, mapping, routing, policy);
        const inMemory = { source, policyId: policy.data.id, asOf, cohort, cells };
        store.dispatch({ type: "routeFinished", run: { outcome: shown, policyId: policy.data.id, asOf }, inMemory });
      } catch (error) {
        store.dispatch({ type: "routeFailed", notice: describeRouteError(error, store.getState().routing.progress) });
        return;
      }
      await afterRun();
    },
    cancel: () => store.dispatch({ type: "cancelRequested" }),
    async selectRow(sheetRow) {
      const run = store.getState().lastRun;
      if (!run) return;
      const { location, plan } = run.outcome;
      const width = Math.max(...Object.values(plan.columns)) + 1 - location.firstColumn;
      try {
        await session.selectRow(location, sheetRow, width);
      } catch (error) {
        const notice = { ...describeRouteError(error), title: `Row ${sheetRow} could not be selected` };
        store.dispatch({ type: "noticeShown", notice });
      }
    },
  };
}
