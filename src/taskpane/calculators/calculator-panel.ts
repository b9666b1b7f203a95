import type { CalculateInExcelOutcome } from "../../excel/calculate-risk-in-excel";
import type { RowToReview } from "../../excel/route-cohort-in-excel";
import { element } from "../render/dom";
import { describeTally } from "./calculator-text";

/** The panel's controls and output areas, built once by mountCalculatorPanel. */
export interface CalculatorPanelElements {
  calculate: HTMLButtonElement;
  notice: HTMLElement;
  tallies: HTMLUListElement;
  review: HTMLElement;
  reviewList: HTMLUListElement;
  offer: HTMLElement;
}

const MAX_ROWS_SHOWN = 50;

/** Builds the "Risk scores from raw items" card inside `container`, with the pane's own styles. */
export function buildCalculatorPanel(container: HTMLElement): CalculatorPanelElements {
  const calculate = element("button", {
    attrs: { type: "button", id: "calculate-risk" },
    text: "Calculate risk scores",
  });
  const notice = element("div", { attrs: { id: "calculator-notice", role: "status", "aria-live": "polite" } });
  const tallies = element("ul", { className: "calculator-tallies", attrs: { id: "calculator-tallies" } });
  const reviewList = element("ul", { className: "review-list", attrs: { "aria-labelledby": "calculator-review" } });
  const review = element("div", { attrs: { hidden: "" } }, [
    element("h3", { attrs: { id: "calculator-review" }, text: "Rows with Invalid items" }),
    reviewList,
  ]);
  const offer = element("div", { attrs: { id: "calculator-offer", hidden: "" } });
  container.replaceChildren(
    element("h2", { attrs: { id: "calculator-heading" }, text: "Risk scores from raw items" }),
    element("p", {
      className: "hint",
      text: "OGRS3, OSP/DC, OSP/IIC and RM2000/s from the items in the cohort (ages, sanction counts, offence category, victim facts). For planning and checking: not a substitute for the assessed scores in OASys.",
    }),
    element("div", { className: "calculator-actions" }, [calculate]),
    notice,
    tallies,
    review,
    offer,
  );
  container.setAttribute("aria-labelledby", "calculator-heading");
  return { calculate, notice, tallies, review, reviewList, offer };
}

/** One line per calculator that ran, then the rows with Invalid items as buttons that select the row. */
export function showCalculated(
  ui: CalculatorPanelElements,
  outcome: CalculateInExcelOutcome,
  onSelectRow: (row: RowToReview) => void,
): void {
  ui.tallies.replaceChildren(
    ...outcome.tallies.map((tally) =>
      element("li", {}, [element("strong", { text: tally.name }), document.createTextNode(` ${describeTally(tally)}`)]),
    ),
  );
  ui.review.hidden = outcome.rowsToReview.length === 0;
  ui.reviewList.replaceChildren(
    ...outcome.rowsToReview.slice(0, MAX_ROWS_SHOWN).map((row) => {
      const button = element("button", { attrs: { type: "button", "data-row": String(row.sheetRow) } }, [
        element("span", { className: "review-row" }, [
          element("span", { text: `Row ${row.sheetRow}` }),
          element("span", { className: "tag status-invalid", text: "Invalid" }),
        ]),
        element("span", { className: "review-reasons", text: row.reasons.join(" · ") }),
      ]);
      button.addEventListener("click", () => onSelectRow(row));
      return element("li", {}, [button]);
    }),
  );
}
