import { chooseExcelHost } from "./choose-excel-host";
import { createExcelSession } from "./excel-session";
import { startPaneController } from "./pane-controller";
import { findPaneElements } from "./pane-elements";

/** Shows the pane for this host: the routing workspace in Excel, or an "open this in Excel" note elsewhere. */
export async function startTaskPane(host: string | null | undefined, scope: { Excel?: unknown }): Promise<void> {
  const ui = findPaneElements();
  ui.starting.hidden = true;
  const excel = chooseExcelHost(host, scope);
  if (excel === null) {
    ui.hostMissing.hidden = false;
    ui.app.setAttribute("aria-busy", "false");
    return;
  }
  await startPaneController(ui, createExcelSession(excel)).ready;
  ui.app.setAttribute("aria-busy", "false");
}
