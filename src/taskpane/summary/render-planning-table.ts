import { CapacitySummaryRow, groupsText, summaryRowKey } from "../../engine/capacity";
import { createElement } from "./dom";
import { FIGURE_LABELS, readFigure, rowLabel } from "./what-if";

type Figure = keyof typeof FIGURE_LABELS;
const FIGURES = Object.keys(FIGURE_LABELS) as Figure[];
const HEADERS = [
  "Site",
  "Groups a year",
  "Group size",
  "At risk",
  "Unavoid\u00adable",
  "Groups needed",
  "Groups for green",
];
/** The figures shown beside the inputs, each in a cell named by data-cell. */
const OUTPUTS: Record<string, (row: CapacitySummaryRow) => string> = {
  atRisk: (row) => String(row.atRisk),
  unavoidable: (row) => String(row.unavoidable),
  groupsNeeded: (row) => groupsText(row.groupsNeeded) || "–",
  groupsForGreen: (row) => groupsText(row.groupsForGreen) || "–",
};

export interface PlanningTable {
  element: HTMLElement;
  /** Shows the figures of `rows` (same rows as built), marking each that differs from the sheet's. */
  update(rows: readonly CapacitySummaryRow[]): void;
  /** Puts the sheet's figures back into the inputs. */
  reset(): void;
}

/**
 * The planning table: per programme (and site) the groups a year and group size as inputs the user may change, then
 * At risk and the three planning columns. `onEdit` gets each keystroke; nothing here writes to the workbook.
 */
export function renderPlanningTable(
  base: readonly CapacitySummaryRow[],
  onEdit: (key: string, figure: Figure, text: string) => void,
): PlanningTable {
  const bySite = base.some((row) => row.site !== "");
  const headers = bySite ? HEADERS : ["Programme", ...HEADERS.slice(1)];
  const body = createElement("tbody");
  const inputs: { input: HTMLInputElement; sheetValue: string }[] = [];
  base.forEach((row, index) => {
    if (bySite && row.programmeCode !== base[index - 1]?.programmeCode)
      body.append(
        createElement("tr", { class: "sotp-group" }, [
          createElement("th", { scope: "colgroup", colspan: String(headers.length) }, [row.programme]),
        ]),
      );
    const key = summaryRowKey(row.programmeCode, row.site);
    const inputCells = FIGURES.map((figure) => {
      const sheetValue = String(row[figure]);
      const input = createElement("input", {
        type: "number",
        min: "0",
        step: "any",
        inputmode: "decimal",
        value: sheetValue,
        "data-figure": figure,
        "aria-label": `${FIGURE_LABELS[figure]}, ${rowLabel(row)}`,
      });
      input.addEventListener("input", () => onEdit(key, figure, input.value));
      inputs.push({ input, sheetValue });
      return createElement("td", { class: "sotp-figure" }, [input]);
    });
    body.append(
      createElement("tr", { "data-key": key, "data-programme": row.programmeCode, "data-site": row.site }, [
        createElement("th", { scope: "row", title: `${row.programme} ${row.site}`.trim() }, [
          bySite ? row.site || "(no site)" : row.programme,
        ]),
        ...inputCells,
        ...Object.entries(OUTPUTS).map(([name, text]) => createElement("td", { "data-cell": name }, [text(row)])),
      ]),
    );
  });
  const table = createElement("table", { class: "sotp-summary-table sotp-planning-table" }, [
    createElement("caption", {}, ["Places a year = groups a year × group size"]),
    createElement("thead", {}, [
      createElement(
        "tr",
        {},
        headers.map((text) => createElement("th", { scope: "col" }, [text])),
      ),
    ]),
    body,
  ]);
  const element = createElement(
    "div",
    { class: "sotp-table-scroll", tabindex: "0", role: "region", "aria-label": "Planning table" },
    [table],
  );

  const update = (rows: readonly CapacitySummaryRow[]) => {
    for (const { input, sheetValue } of inputs) {
      const value = readFigure(input.value);
      input.setAttribute("aria-invalid", String(value === null));
      input.classList.toggle("sotp-edited", value !== null && value !== Number(sheetValue));
    }
    rows.forEach((row, index) => {
      const tr = body.querySelector(`tr[data-key="${CSS.escape(summaryRowKey(row.programmeCode, row.site))}"]`);
      for (const [name, text] of Object.entries(OUTPUTS)) {
        const cell = tr?.querySelector<HTMLElement>(`[data-cell="${name}"]`);
        if (!cell) continue;
        cell.textContent = text(row);
        const was = text(base[index]);
        cell.classList.toggle("sotp-changed", was !== cell.textContent);
        cell.title = was !== cell.textContent ? `was ${was}` : "";
      }
    });
  };
  const reset = () => {
    for (const { input, sheetValue } of inputs) input.value = sheetValue;
    update(base);
  };
  return { element, update, reset };
}
