import { getBundledPolicy, listBundledPolicies } from "../../policies";
import type { PaneCommands } from "../commands";
import type { PaneElements } from "../pane-elements";
import { element } from "../render/dom";
import { renderNotice } from "../render/render-notice";
import type { PaneState, PaneStore } from "../store";
import { cohortChanged, renderCohort } from "./render-cohort";
import { renderControls, routeBlocker } from "./render-controls";
import { renderProgress, renderRun } from "./render-run";

/** The routing part of the pane: find the cohort, correct the mapping, route, review rows; drawn from the store. */
export function mountRoutingView(ui: PaneElements, store: PaneStore, commands: PaneCommands): void {
  const { cohort, route } = commands;
  for (const id of listBundledPolicies())
    ui.policy.append(element("option", { text: getBundledPolicy(id).stamp, attrs: { value: id } }));
  const choose = (column: number, choice: string) => {
    void cohort.chooseColumn(column, choice);
    // The list was drawn afresh: the dropdown just used keeps the keyboard focus.
    ui.mapping.list.querySelector<HTMLSelectElement>(`#map-col-${column}`)?.focus();
  };
  let blocker = routeBlocker(store.getState());

  const render = (state: PaneState, previous: PaneState | null) => {
    const mappingChanged = previous === null || cohortChanged(state, previous);
    if (mappingChanged) renderCohort(ui, state, choose);
    if (mappingChanged || state.asOfText !== previous?.asOfText) blocker = routeBlocker(state);
    renderControls(ui, state, blocker);
    if (state.routing !== previous?.routing) renderProgress(ui, state.routing);
    if (state.notice !== previous?.notice) renderNotice(ui.notice, state.notice);
    if (previous !== null && state.lastRun !== previous.lastRun)
      renderRun(ui, state.lastRun, (sheetRow) => void route.selectRow(sheetRow));
  };
  store.subscribe(render);
  render(store.getState(), null);

  ui.asOf.addEventListener("input", () => store.dispatch({ type: "asOfTyped", text: ui.asOf.value }));
  ui.policy.addEventListener("change", () => void cohort.choosePolicy(ui.policy.value));
  ui.findCohort.addEventListener("click", () => void cohort.findCohort());
  ui.route.addEventListener("click", () => void route.route());
  ui.cancel.addEventListener("click", () => route.cancel());
  ui.workspace.hidden = false;
}
