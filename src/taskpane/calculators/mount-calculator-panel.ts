import { calculateRiskInExcel } from "../../excel/calculate-risk-in-excel";
import type { ExcelHost } from "../excel-session";
import { renderNotice } from "../render/render-notice";
import { buildCalculatorPanel, showCalculated } from "./calculator-panel";
import { describeCalculated, describeCalculateError } from "./calculator-text";

/** Dispatched on `document` after the derived columns were written: the routing part re-reads the columns. */
export const CALCULATED_EVENT = "sotp:calculated";

export interface CalculatorPanelDeps {
  excel: ExcelHost;
}

/** Shows the "Calculate risk scores" card in `container` and runs the action, one `Excel.run` per click. */
export function mountCalculatorPanel(container: HTMLElement, deps: CalculatorPanelDeps): void {
  const ui = buildCalculatorPanel(container);
  let busy = false;

  const selectRow = (sheetName: string, sheetRow: number, firstColumn: number, width: number) =>
    deps.excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRangeByIndexes(sheetRow - 1, firstColumn, 1, width).select();
      await context.sync();
    });

  ui.calculate.addEventListener("click", async () => {
    if (busy) return;
    busy = true;
    ui.calculate.disabled = true;
    container.setAttribute("aria-busy", "true");
    renderNotice(ui.notice, { tone: "info", title: "Calculating risk scores…", detail: "", cells: [] });
    try {
      const outcome = await deps.excel.run((context) => calculateRiskInExcel(context));
      renderNotice(ui.notice, describeCalculated(outcome));
      const { location, plan } = outcome;
      const width = Math.max(...Object.values(plan.columns)) + 1 - location.firstColumn;
      showCalculated(ui, outcome, (row) =>
        selectRow(location.sheetName, row.sheetRow, location.firstColumn, width).catch((error: unknown) =>
          renderNotice(ui.notice, {
            ...describeCalculateError(error),
            title: `Row ${row.sheetRow} could not be selected`,
          }),
        ),
      );
      container.ownerDocument.dispatchEvent(
        new CustomEvent(CALCULATED_EVENT, { detail: { sheetName: location.sheetName } }),
      );
    } catch (error) {
      renderNotice(ui.notice, describeCalculateError(error));
    } finally {
      busy = false;
      ui.calculate.disabled = false;
      container.setAttribute("aria-busy", "false");
    }
  });
}
