import { findRoutingOffers, RoutingOffer } from "../../calculators";
import { calculateRiskInExcel, CalculateInExcelOutcome } from "../../excel/calculate-risk-in-excel";
import { routeOnComputedBand } from "../../excel/route-on-computed-band";
import { selectCohortRow } from "../../excel/select-cohort-row";
import type { CellValue } from "../../parsing";
import type { Policy } from "../../policies";
import type { ExcelHost } from "../excel-session";
import { renderNotice } from "../render/render-notice";
import { buildCalculatorPanel, showCalculated } from "./calculator-panel";
import { describeCalculated, describeCalculateError } from "./calculator-text";
import { renderOfferAccepted, renderOffers } from "./render-offers";

export interface CalculatorPanelDeps {
  excel: ExcelHost;
  /** The routing policy chosen in the pane, for the offers to route on a computed band. */
  policy: () => Policy;
  /** Derived columns or a mapping choice were written: the pane looks at the cohort's columns again. */
  onSheetChanged: () => void;
}

/**
 * Shows the "Calculate risk scores" card in `container`: one `Excel.run` per click, then the tallies, the rows
 * with Invalid items, and any offer to route on a computed band (spec risk-calculators 1.9).
 */
export function mountCalculatorPanel(container: HTMLElement, deps: CalculatorPanelDeps): void {
  const ui = buildCalculatorPanel(container);
  const announce = deps.onSheetChanged;
  let busy = false;

  const selectRow = ({ location, plan }: CalculateInExcelOutcome, sheetRow: number) => {
    const width = Math.max(...Object.values(plan.columns)) + 1 - location.firstColumn;
    return deps.excel.run((context) => selectCohortRow(context, location, sheetRow, width));
  };

  const accept = async (offer: RoutingOffer) => {
    try {
      await deps.excel.run((context) => routeOnComputedBand(context, deps.policy(), offer));
      renderOfferAccepted(ui.offer, offer);
      announce();
    } catch (error) {
      renderNotice(ui.notice, { ...describeCalculateError(error), title: `${offer.header} could not be chosen` });
    }
  };

  ui.calculate.addEventListener("click", async () => {
    if (busy) return;
    busy = true;
    ui.calculate.disabled = true;
    container.setAttribute("aria-busy", "true");
    renderNotice(ui.notice, { tone: "info", title: "Calculating risk scores…", detail: "", cells: [] });
    renderOffers(ui.offer, [], () => undefined);
    try {
      const outcome = await deps.excel.run((context) => calculateRiskInExcel(context));
      renderNotice(ui.notice, describeCalculated(outcome));
      showCalculated(ui, outcome, (row) =>
        selectRow(outcome, row.sheetRow).catch((error: unknown) =>
          renderNotice(ui.notice, {
            ...describeCalculateError(error),
            title: `Row ${row.sheetRow} could not be selected`,
          }),
        ),
      );
      renderOffers(ui.offer, findRoutingOffers(headersAfter(outcome), deps.policy()), (offer) => void accept(offer));
      announce();
    } catch (error) {
      renderNotice(ui.notice, describeCalculateError(error));
    } finally {
      busy = false;
      ui.calculate.disabled = false;
      container.setAttribute("aria-busy", "false");
    }
  });
}

/** The cohort's header cells after the run: the derived column headers where the plan put them. */
function headersAfter(outcome: CalculateInExcelOutcome): CellValue[] {
  const { location, plan } = outcome;
  const headers: CellValue[] = [...location.headerCells];
  for (const [name, column] of Object.entries(plan.columns)) headers[column - location.firstColumn] = name;
  return Array.from(headers, (cell) => cell ?? "");
}
