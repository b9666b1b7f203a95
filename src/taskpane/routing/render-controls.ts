import { parseDayText } from "../../parsing";
import { getBundledPolicy } from "../../policies";
import { describeMapping } from "../mapping-rows";
import type { PaneElements } from "../pane-elements";
import { describeRouteBlocker } from "../pane-text";
import { currentChoices, PaneState } from "../store";

/** Why Route cohort cannot run (or null), from the cohort, policy, choices and date. */
export function routeBlocker(state: PaneState): string | null {
  const { cohort } = state;
  const policy = getBundledPolicy(state.policyId);
  const mapping = cohort ? describeMapping(cohort.location.headerCells, 0, policy, currentChoices(state)) : null;
  return describeRouteBlocker(mapping, parseDayText(state.asOfText) !== null);
}

/** The date, the policy picker and the Route cohort button with the line saying why it is disabled. */
export function renderControls(ui: PaneElements, state: PaneState, blocker: string | null): void {
  const { running } = state.routing;
  if (ui.asOf.value !== state.asOfText) ui.asOf.value = state.asOfText;
  ui.asOf.setAttribute("aria-invalid", String(parseDayText(state.asOfText) === null));
  if (ui.policy.value !== state.policyId) ui.policy.value = state.policyId;
  ui.policyHint.textContent = getBundledPolicy(state.policyId).data.title;
  const shownBlocker = running ? null : blocker;
  ui.route.disabled = running || shownBlocker !== null;
  ui.routeHint.hidden = shownBlocker === null;
  ui.routeHint.textContent = shownBlocker ?? "";
  for (const control of [ui.asOf, ui.policy, ui.findCohort]) control.disabled = running;
  ui.mapping.list.querySelectorAll("select").forEach((select) => (select.disabled = running));
}
