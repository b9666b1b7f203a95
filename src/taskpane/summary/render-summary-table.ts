import { createElement } from "./dom";
import { createRagPill } from "./rag-pill";
import type { SummaryRowView } from "./summary-view";

const HEADERS = ["Site", "Demand", "Deferred", "Places a year", "Pressure (RAG)", "Wait weeks", "At risk"];

/**
 * The summary table: one row per programme (and site). Split by site, each programme gets a heading row and its
 * rows name only the site, so the table fits a 320 px pane.
 */
export function renderSummaryTable(
  rows: readonly SummaryRowView[],
  sheetRows?: readonly SummaryRowView[],
): HTMLElement {
  const bySite = rows.some((row) => row.site !== "");
  const headers = bySite ? HEADERS : ["Programme", ...HEADERS.slice(1)];
  const head = createElement("thead", {}, [
    createElement(
      "tr",
      {},
      headers.map((text) => createElement("th", { scope: "col" }, [text])),
    ),
  ]);
  const body = createElement("tbody");
  rows.forEach((row, index) => {
    if (bySite && row.programmeCode !== rows[index - 1]?.programmeCode)
      body.append(
        createElement("tr", { class: "sotp-group" }, [
          createElement("th", { scope: "colgroup", colspan: String(headers.length) }, [row.programme]),
        ]),
      );
    const sheet = sheetRows?.[index];
    // A figure the what-if changed is marked, with the sheet's figure as its tooltip.
    const cell = (text: string, sheetText: string | undefined, children: (Node | string)[] = [text], extra = "") => {
      const changed = sheetText !== undefined && sheetText !== text;
      const attributes: Record<string, string> = changed
        ? { class: `${extra} sotp-changed`.trim(), title: `was ${sheetText}` }
        : extra
          ? { class: extra }
          : {};
      return createElement("td", attributes, children);
    };
    const wait = (view: SummaryRowView) => (view.waitText === "" ? "–" : view.waitText);
    const pressure = (view: SummaryRowView) => `${view.pressureText} ${view.rag}`;
    body.append(
      createElement("tr", { "data-programme": row.programmeCode, "data-site": row.site }, [
        createElement("th", { scope: "row", title: `${row.programme} ${row.site}`.trim() }, [
          bySite ? row.site || "(no site)" : row.programme,
        ]),
        createElement("td", {}, [String(row.demand)]),
        createElement("td", {}, [String(row.deferred)]),
        cell(String(row.placesAYear), sheet && String(sheet.placesAYear)),
        cell(pressure(row), sheet && pressure(sheet), [row.pressureText, " ", createRagPill(row.rag)], "sotp-pressure"),
        cell(wait(row), sheet && wait(sheet)),
        cell(String(row.atRisk), sheet && String(sheet.atRisk)),
      ]),
    );
  });
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
