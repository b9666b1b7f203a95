import type { RowToReview } from "../../excel/route-cohort-in-excel";
import { element } from "./dom";

export interface ResultsElements {
  section: HTMLElement;
  heading: HTMLElement;
  count: HTMLElement;
  statusCounts: HTMLElement;
  /** Chooses between the rows to review and the overridden rows; hidden when nothing was overridden. */
  reviewSwitch: HTMLElement;
  showReview: HTMLButtonElement;
  showOverrides: HTMLButtonElement;
  reviewHint: HTMLElement;
  reviewList: HTMLElement;
}

export interface ResultsView {
  rowCountText: string;
  statusCounts: readonly { status: string; count: string }[];
  rowsToReview: readonly RowToReview[];
  /** Rows a treatment manager overrode, their O-1 reason first. */
  overriddenRows: readonly RowToReview[];
}

/** Beyond this many, the list says how many more there are: filter the Status column in Excel for the rest. */
export const MAX_REVIEW_ROWS = 200;

/** By status key: the words are the policy's. */
const STATUS_CLASSES: Record<string, string> = {
  invalid: "status-invalid",
  incomplete: "status-incomplete",
  overridden: "status-overridden",
};

const count = (n: number) => n.toLocaleString("en-GB");

/**
 * Counts by status, then a list of rows as buttons that select the row in the sheet: the Invalid and Incomplete
 * rows, or (by the switch above the list) the overridden ones.
 */
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
  const overrides = view.overriddenRows.length;
  elements.reviewSwitch.hidden = overrides === 0;
  elements.showReview.textContent = `Needs a look (${count(view.rowsToReview.length)})`;
  elements.showOverrides.textContent = `${count(overrides)} ${overrides === 1 ? "override" : "overrides"}`;
  const show = (overridden: boolean) => {
    elements.showReview.setAttribute("aria-pressed", String(!overridden));
    elements.showOverrides.setAttribute("aria-pressed", String(overridden));
    renderRowList(elements, overridden ? view.overriddenRows : view.rowsToReview, overridden, onSelectRow);
  };
  // Properties, not addEventListener: each run renders again and must not stack up handlers.
  elements.showReview.onclick = () => show(false);
  elements.showOverrides.onclick = () => show(true);
  show(false);
}

function renderRowList(
  elements: ResultsElements,
  rows: readonly RowToReview[],
  overridden: boolean,
  onSelectRow: (row: RowToReview) => void,
): void {
  const total = rows.length;
  const choose = "Choose a row to select it in the sheet.";
  elements.reviewHint.textContent =
    total > MAX_REVIEW_ROWS
      ? `The first ${MAX_REVIEW_ROWS} of ${count(total)}; filter the Status column for the rest. ${choose}`
      : overridden
        ? `A treatment manager chose another programme for these rows: the reason and the policy's recommendation come first. ${choose}`
        : total === 0
          ? "None: every row could be routed."
          : choose;
  elements.reviewList.replaceChildren(
    ...rows.slice(0, MAX_REVIEW_ROWS).map((row) => {
      const button = element("button", { attrs: { type: "button", "data-row": String(row.sheetRow) } }, [
        element("span", { className: "review-row" }, [
          element("span", { text: `Row ${row.sheetRow}` }),
          element("span", { className: `tag ${STATUS_CLASSES[row.statusKey] ?? ""}`, text: row.status }),
        ]),
        element("span", { className: "review-reasons", text: row.reasons.join(" · ") }),
      ]);
      button.addEventListener("click", () => onSelectRow(row));
      return element("li", {}, [button]);
    }),
  );
}
