import { createElement } from "./dom";
import { createRagPill } from "./rag-pill";
import type { SummaryRowView } from "./summary-view";

const HEADERS = ["Programme", "Demand", "Deferred", "Places a year", "Pressure", "RAG", "Wait (weeks)", "At risk"];

/** The summary table: one row per programme (and site); site under the programme name to fit 320 px. */
export function renderSummaryTable(rows: readonly SummaryRowView[]): HTMLElement {
  const head = createElement("thead", {}, [
    createElement(
      "tr",
      {},
      HEADERS.map((text) => createElement("th", { scope: "col" }, [text])),
    ),
  ]);
  const body = createElement(
    "tbody",
    {},
    rows.map((row) =>
      createElement("tr", { "data-programme": row.programmeCode, "data-site": row.site }, [
        createElement("th", { scope: "row" }, [
          row.programme,
          row.site ? createElement("span", { class: "sotp-site" }, [row.site]) : null,
        ]),
        createElement("td", {}, [String(row.demand)]),
        createElement("td", {}, [String(row.deferred)]),
        createElement("td", {}, [String(row.placesAYear)]),
        createElement("td", {}, [row.pressureText]),
        createElement("td", {}, [createRagPill(row.rag)]),
        createElement("td", {}, [row.waitText === "" ? "–" : row.waitText]),
        createElement("td", {}, [String(row.atRisk)]),
      ]),
    ),
  );
  const table = createElement("table", { class: "sotp-summary-table" }, [
    createElement("caption", {}, ["Demand, places and waiting per programme"]),
    head,
    body,
  ]);
  // The wrapper scrolls sideways in a narrow pane instead of squashing the numbers.
  return createElement(
    "div",
    { class: "sotp-table-scroll", tabindex: "0", role: "region", "aria-label": "Summary table" },
    [table],
  );
}
