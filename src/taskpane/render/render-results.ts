import type { RowToReview } from "../../excel/route-cohort-in-excel";
import { element } from "./dom";

export interface ResultsElements {
  section: HTMLElement;
  heading: HTMLElement;
  count: HTMLElement;
  statusCounts: HTMLElement;
  reviewHint: HTMLElement;
  reviewList: HTMLElement;
}

export interface ResultsView {
  rowCountText: string;
  statusCounts: readonly { status: string; count: string }[];
  rowsToReview: readonly RowToReview[];
}

/** Beyond this many, the list says how many more there are: filter the Status column in Excel for the rest. */
export const MAX_REVIEW_ROWS = 200;

const STATUS_CLASSES: Record<string, string> = { Invalid: "status-invalid", Incomplete: "status-incomplete" };

/** Counts by status, then the Invalid and Incomplete rows as buttons that select the row in the sheet. */
export function renderResults(
  elements: ResultsElements,
  view: ResultsView,
  onSelectRow: (row: RowToReview) => void,
): void {
  elements.section.hidden = false;
  elements.count.textContent = view.rowCountText;
  elements.statusCounts.replaceChildren(
    ...view.statusCounts.map(({ status, count }) =>
      element("li", {}, [element("span", { text: status }), element("span", { className: "count", text: count })]),
    ),
  );
  const total = view.rowsToReview.length;
  elements.reviewHint.textContent =
    total === 0
      ? "None: every row could be routed."
      : total > MAX_REVIEW_ROWS
        ? `The first ${MAX_REVIEW_ROWS} of ${total.toLocaleString("en-GB")}; filter the Status column for the rest. Choose a row to select it in the sheet.`
        : "Choose a row to select it in the sheet.";
  elements.reviewList.replaceChildren(
    ...view.rowsToReview.slice(0, MAX_REVIEW_ROWS).map((row) => {
      const button = element("button", { attrs: { type: "button", "data-row": String(row.sheetRow) } }, [
        element("span", { className: "review-row" }, [
          element("span", { text: `Row ${row.sheetRow}` }),
          element("span", { className: `tag ${STATUS_CLASSES[row.status] ?? ""}`, text: row.status }),
        ]),
        element("span", { className: "review-reasons", text: row.reasons.join(" · ") }),
      ]);
      button.addEventListener("click", () => onSelectRow(row));
      return element("li", {}, [button]);
    }),
  );
}
