import { formatDay, todayDay } from "../parsing";
import { getBundledPolicy } from "../policies";
import { mountCalculatorPanel } from "./calculators";
import { describeMissingExcelApi, RequirementChecker } from "./check-excel-api";
import { chooseExcelHost } from "./choose-excel-host";
import { createPaneCommands } from "./commands";
import { mountComparePanel } from "./compare";
import { createExcelSession } from "./excel-session";
import { findPaneElements } from "./pane-elements";
import { requireElement } from "./render/dom";
import { renderNotice } from "./render/render-notice";
import { mountRoutingView } from "./routing/mount-routing-view";
import { createPaneStore, initialPaneState } from "./store";
import { mountSummaryPanel } from "./summary";

/** What the pane reads from the page's globals: the Excel namespace, and Office's requirement sets. */
export interface PaneScope {
  Excel?: unknown;
  Office?: { context?: { requirements?: RequirementChecker } };
}

/** Shows the pane for this host: the routing workspace in Excel, or an "open this in Excel" note elsewhere. */
export async function startTaskPane(host: string | null | undefined, scope: PaneScope): Promise<void> {
  const ui = findPaneElements();
  ui.starting.hidden = true;
  const excel = chooseExcelHost(host, scope);
  const missingApi = describeMissingExcelApi(host, scope.Office?.context?.requirements);
  if (excel === null || missingApi !== null) {
    if (missingApi !== null) renderNotice(ui.notice, missingApi);
    else ui.hostMissing.hidden = false;
    ui.app.setAttribute("aria-busy", "false");
    return;
  }
  const store = createPaneStore(initialPaneState(formatDay(todayDay())));
  const commands = createPaneCommands(store, excel, createExcelSession(excel));
  mountRoutingView(ui, store, commands);
  mountSummaryPanel(ui.summary, store, commands.summary);
  mountCalculatorPanel(requireElement("calculator-panel"), {
    excel,
    policy: () => getBundledPolicy(store.getState().policyId),
    onSheetChanged: () => void commands.cohort.findCohort(),
  });
  mountComparePanel(requireElement("compare-panel"), store, commands.compare);
  await commands.cohort.findCohort();
  ui.app.setAttribute("aria-busy", "false");
}
