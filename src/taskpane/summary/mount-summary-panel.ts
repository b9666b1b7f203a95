import type { CapacityFigures } from "../../engine/capacity";
import type { SummaryCommands } from "../commands";
import { describeCohortSource } from "../pane-text";
import { renderViewStatus } from "../render/render-view-status";
import type { PaneState, PaneStore } from "../store";
import { buildSummaryPanel, showSummary } from "./summary-panel";
import type { WhatIfSection } from "./what-if-section";

/**
 * Shows the capacity and waiting-list summary in `container`, drawn from the store: Refresh, Create capacity sheet
 * (when there is none), Write summary sheet, and the what-if over the summary shown.
 */
export function mountSummaryPanel(container: HTMLElement, store: PaneStore, commands: SummaryCommands): void {
  const ui = buildSummaryPanel(container);
  let whatIf: WhatIfSection | undefined;
  const handlers = {
    onEdit: (key: string, figure: keyof CapacityFigures, text: string) =>
      store.dispatch({ type: "whatIfTyped", key, figure, text }),
    onReset: () => store.dispatch({ type: "whatIfReset" }),
    onSave: () => void commands.saveWhatIf(),
  };

  const render = ({ summary }: PaneState, previous: PaneState | null) => {
    if (summary.base !== previous?.summary.base && summary.base && summary.source) {
      const source = describeCohortSource(summary.source, "Press Refresh to read it again.");
      whatIf = showSummary(ui, summary.base, source, handlers);
    }
    if (summary.base !== previous?.summary.base || summary.edits !== previous?.summary.edits)
      whatIf?.show(summary.edits);
    const buttons = [ui.refresh, ui.createCapacity, ui.writeSheet, ...(whatIf ? [whatIf.reset, whatIf.save] : [])];
    renderViewStatus(container, ui.status, summary, buttons);
  };
  store.subscribe(render);
  render(store.getState(), null);

  ui.refresh.addEventListener("click", () => void commands.refresh());
  ui.createCapacity.addEventListener("click", () => void commands.createCapacity());
  ui.writeSheet.addEventListener("click", () => void commands.writeSheet());
}
