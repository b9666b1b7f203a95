import { describeMissingExcelApi, RequirementChecker } from "./check-excel-api";
import { chooseExcelHost } from "./choose-excel-host";
import { createExcelSession } from "./excel-session";
import { startPaneController } from "./pane-controller";
import { findPaneElements } from "./pane-elements";
import { renderNotice } from "./render/render-notice";
import { mountSummaryPanel } from "./summary";
import { mountCalculatorPanel } from "./calculators";
import { requireElement } from "./render/dom";
import { getBundledPolicy } from "../policies";
import { mountComparePanel } from "./compare";

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
  // Mounted first, so it hears the "sotp:routed" event of the first run.
  mountSummaryPanel(ui.summary, { excel, asOfInput: ui.asOf, policyInput: ui.policy });
  mountCalculatorPanel(requireElement("calculator-panel"), { excel, policy: () => getBundledPolicy(ui.policy.value) });
  mountComparePanel(requireElement("compare-panel"), { excel, asOfInput: ui.asOf });
  await startPaneController(ui, createExcelSession(excel)).ready;
  ui.app.setAttribute("aria-busy", "false");
}
