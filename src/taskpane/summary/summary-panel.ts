import type { WorkbookSummary } from "../../excel/summary";
import { createElement } from "./dom";
import { RAG_COLOURS } from "./rag-pill";
import { renderDataQuality } from "./render-data-quality";
import { PLACES_COLOUR, renderDemandChart } from "./render-demand-chart";
import { renderSummaryTable } from "./render-summary-table";
import { buildSummaryView, describeHeadline, toRowView } from "./summary-view";
import { createWhatIfSection, WhatIfHandlers, WhatIfSection } from "./what-if-section";

/** The panel's controls and output areas, built once by mountSummaryPanel. */
export interface SummaryPanelElements {
  refresh: HTMLButtonElement;
  createCapacity: HTMLButtonElement;
  writeSheet: HTMLButtonElement;
  status: HTMLParagraphElement;
  results: HTMLDivElement;
}

/**
 * Builds the panel's fixed parts inside `container`; its styles are summary.css, linked by taskpane.html. The panel
 * has no date input of its own: one pane, one as-of date.
 */
export function buildSummaryPanel(container: HTMLElement): SummaryPanelElements {
  const refresh = createElement("button", { type: "button", id: "summary-refresh", class: "sotp-primary" }, [
    "Refresh",
  ]);
  const createCapacity = createElement("button", { type: "button", id: "summary-create-capacity", hidden: "" }, [
    "Create capacity sheet",
  ]);
  const writeSheet = createElement("button", { type: "button", id: "summary-write-sheet", disabled: "" }, [
    "Write summary sheet",
  ]);
  const status = createElement("p", { class: "sotp-summary-status", role: "status", "aria-live": "polite" });
  const results = createElement("div", { class: "sotp-summary-results" });
  container.classList.add("sotp-summary");
  container.replaceChildren(
    createElement("h2", {}, ["Capacity and waiting lists"]),
    createElement("div", { class: "sotp-summary-actions" }, [refresh, createCapacity, writeSheet]),
    status,
    results,
  );
  return { refresh, createCapacity, writeSheet, status, results };
}

/**
 * Replaces the results area with the table, the what-if section, the chart, notes and data-quality panel of one
 * summary (`base`, the sheet's figures), under `source` (which routing it shows). Each what-if `show` redraws the
 * headline, table and chart from the engine. Returns the what-if section (none when nobody is waiting or deferred).
 */
export function showSummary(
  elements: SummaryPanelElements,
  base: WorkbookSummary,
  source: string,
  handlers: WhatIfHandlers,
): WhatIfSection | undefined {
  const view = buildSummaryView(base);
  const headline = createElement("p", { class: "sotp-headline" }, [view.headline]);
  const parts: HTMLElement[] = [
    createElement("p", { class: "sotp-summary-heading" }, [view.heading]),
    createElement("p", { class: "sotp-source" }, [source]),
    headline,
  ];
  if (view.problems.length > 0)
    parts.push(
      createElement("h3", {}, ["Capacity table problems"]),
      createElement(
        "ul",
        { class: "sotp-problems", role: "alert" },
        view.problems.map((text) => createElement("li", {}, [text])),
      ),
    );
  parts.push(
    createElement(
      "ul",
      { class: "sotp-notes" },
      view.notes.map((text) => createElement("li", {}, [text])),
    ),
  );
  let whatIf: WhatIfSection | undefined;
  if (view.rows.length === 0)
    parts.push(createElement("p", {}, ["Nobody is Recommended or Deferred: no demand for places."]));
  else {
    const tableSlot = createElement("div", { class: "sotp-table-slot" }, [renderSummaryTable(view.rows)]);
    const figure = createElement("figure", { class: "sotp-chart-figure" }, [renderDemandChart(view.rows)]);
    const showCurrent = (current: WorkbookSummary) => {
      const rows = current.summary.rows.map(toRowView);
      const changed = current !== base;
      headline.textContent = `${changed ? "With the changed figures: " : ""}${describeHeadline(rows)}`;
      tableSlot.replaceChildren(renderSummaryTable(rows, changed ? view.rows : undefined));
      figure.replaceChildren(renderDemandChart(rows));
    };
    whatIf = createWhatIfSection(base, showCurrent, handlers);
    parts.push(
      tableSlot,
      whatIf.element,
      createElement("h3", {}, ["Demand against places a year"]),
      createElement("p", { class: "sotp-legend" }, [
        createElement("span", {}, [
          swatch(RAG_COLOURS.green),
          swatch(RAG_COLOURS.amber),
          swatch(RAG_COLOURS.red),
          "Waiting (colour = pressure)",
        ]),
        createElement("span", {}, [swatch(PLACES_COLOUR), "Places a year"]),
      ]),
      figure,
    );
  }
  parts.push(createElement("h3", {}, ["Data quality"]), renderDataQuality(view.quality));
  elements.results.replaceChildren(...parts);
  elements.createCapacity.hidden = view.hasCapacitySource;
  elements.writeSheet.disabled = false;
  return whatIf;
}

function swatch(colour: string): HTMLSpanElement {
  const span = createElement("span", { class: "sotp-swatch" });
  // A CSSOM property, which the Content-Security-Policy allows; a style attribute it would block.
  span.style.setProperty("background-color", colour);
  return span;
}
