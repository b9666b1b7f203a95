import { changedCount } from "../../compare";
import { formatDay } from "../../parsing";
import { getBundledPolicy, listBundledPolicies } from "../../policies";
import type { CompareCommands } from "../commands";
import { describeCohortSource } from "../pane-text";
import { renderViewStatus } from "../render/render-view-status";
import type { CompareState, PaneState, PaneStore } from "../store";
import { buildComparePanel, showTransitions } from "./compare-panel";

const count = (n: number) => n.toLocaleString("en-GB");

/**
 * Shows "Compare policies" in `container`, drawn from the store: two policy pickers, Compare (routes the cohort under
 * both in memory), the transition lines (a click selects their rows) and Write comparison sheet.
 */
export function mountComparePanel(container: HTMLElement, store: PaneStore, commands: CompareCommands): void {
  const policies = listBundledPolicies().map((id) => getBundledPolicy(id));
  const { compare: first } = store.getState();
  const ui = buildComparePanel(container, policies, { from: first.fromId, to: first.toId });
  let buttons: HTMLButtonElement[] = [];

  const showResult = (result: NonNullable<CompareState["result"]>) => {
    const { comparison, source } = result;
    const [from, to] = [getBundledPolicy(result.fromId), getBundledPolicy(result.toId)];
    const counted = comparison.transitions.reduce((sum, t) => sum + t.rowIndexes.length, 0);
    buttons = showTransitions(ui, {
      heading: `${comparison.location.address}, as of ${formatDay(comparison.asOf)}: ${from.stamp} → ${to.stamp}`,
      source: describeCohortSource(source, "Press Find cohort, then Compare, to read it again."),
      headline: `${count(changedCount(comparison.compared))} of ${count(counted)} people change programme, status or dosage tier.`,
      transitions: comparison.transitions,
    });
    buttons.forEach((button, index) => button.addEventListener("click", () => void commands.selectLine(index)));
  };

  const render = ({ compare }: PaneState, previous: PaneState | null) => {
    if (compare.result !== previous?.compare.result) {
      buttons = [];
      if (compare.result) showResult(compare.result);
      else ui.results.replaceChildren();
      ui.writeSheet.disabled = compare.result === null;
    }
    if (compare.pressed !== null)
      buttons.forEach((button, index) => button.setAttribute("aria-pressed", String(index === compare.pressed)));
    if (ui.from.value !== compare.fromId) ui.from.value = compare.fromId;
    if (ui.to.value !== compare.toId) ui.to.value = compare.toId;
    renderViewStatus(container, ui.status, compare, [ui.compare, ui.writeSheet]);
  };
  store.subscribe(render);
  render(store.getState(), null);

  ui.compare.addEventListener("click", () => void commands.compare());
  ui.writeSheet.addEventListener("click", () => void commands.writeSheet());
  for (const select of [ui.from, ui.to])
    select.addEventListener("change", () =>
      store.dispatch({ type: "comparePoliciesChosen", fromId: ui.from.value, toId: ui.to.value }),
    );
}
