import { CapacityFigures, summaryRowKey } from "../../engine/capacity";
import type { WorkbookSummary } from "../../excel/summary";
import { createElement } from "./dom";
import { renderPlanningTable } from "./render-planning-table";
import { applyWhatIf, RowEdit } from "./what-if";

/** What the section asks of the store: each keystroke, Reset and Save. */
export interface WhatIfHandlers {
  onEdit(key: string, figure: keyof CapacityFigures, text: string): void;
  onReset(): void;
  onSave(): void;
}
import { describeWhatIf } from "./what-if-headline";

export interface WhatIfSection {
  element: HTMLElement;
  reset: HTMLButtonElement;
  save: HTMLButtonElement;
  /** Shows the figures typed (from the store): the planning table, a headline per changed row, the buttons. */
  show(edits: Readonly<Record<string, RowEdit>>): void;
}

const HELP =
  "Change groups a year or group size to see pressure, wait, at risk and what it would take change at once. " +
  "Nothing is written to the workbook until you press Save to capacity sheet.";

/** What the planning columns mean, under the table. */
const KEY = [
  "Unavoidable: released before finishing even if they started today.",
  "Groups needed: the fewest groups a year (at this group size) that leave only the unavoidable at risk.",
  "Groups for green: the fewest groups a year that bring pressure to 0.80 or below.",
];

/**
 * "What would it take?": the planning table with its inputs, a headline per changed row, Reset and Save. Each
 * `show` recomputes the summary from the cohort already read (engine what-if) and hands it to `onChange`.
 */
export function createWhatIfSection(
  base: WorkbookSummary,
  onChange: (current: WorkbookSummary) => void,
  handlers: WhatIfHandlers,
): WhatIfSection {
  const result = createElement("div", { class: "sotp-whatif-result", role: "status", "aria-live": "polite" });
  const reset = createElement("button", { type: "button", id: "summary-whatif-reset", disabled: "" }, ["Reset"]);
  const save = createElement("button", { type: "button", id: "summary-whatif-save", disabled: "" }, [
    "Save to capacity sheet",
  ]);

  const show = (edits: Readonly<Record<string, RowEdit>>) => {
    const editCount = Object.keys(edits).length;
    if (editCount === 0) table.reset();
    const outcome = applyWhatIf(base, new Map(Object.entries(edits)));
    const { changes } = outcome;
    table.update(outcome.current.summary.rows);
    const lines: HTMLElement[] = outcome.invalid.map((text) =>
      createElement("p", { class: "sotp-whatif-invalid" }, [text]),
    );
    base.summary.rows.forEach((before, index) => {
      if (
        !changes.some(
          (c) => summaryRowKey(c.programmeCode, c.site) === summaryRowKey(before.programmeCode, before.site),
        )
      )
        return;
      const [headline, ...details] = describeWhatIf(before, outcome.current.summary.rows[index]);
      lines.push(
        createElement("div", { class: "sotp-whatif-line" }, [
          createElement("p", { class: "sotp-whatif-headline" }, [headline]),
          ...details.map((text) => createElement("p", { class: "sotp-whatif-detail" }, [text])),
        ]),
      );
    });
    result.replaceChildren(...lines);
    reset.disabled = editCount === 0;
    save.disabled = changes.length === 0 || outcome.invalid.length > 0;
    onChange(outcome.current);
  };
  const table = renderPlanningTable(base.summary.rows, handlers.onEdit);
  reset.addEventListener("click", handlers.onReset);
  save.addEventListener("click", () => {
    if (!save.disabled) handlers.onSave();
  });
  const element = createElement("section", { class: "sotp-whatif", "aria-labelledby": "summary-whatif-title" }, [
    createElement("h3", { id: "summary-whatif-title" }, ["What would it take?"]),
    createElement("p", { class: "sotp-whatif-help" }, [HELP]),
    result,
    table.element,
    createElement(
      "ul",
      { class: "sotp-notes sotp-whatif-key" },
      KEY.map((text) => createElement("li", {}, [text])),
    ),
    createElement("div", { class: "sotp-summary-actions" }, [reset, save]),
  ]);
  return { element, reset, save, show };
}
