import type { Transition } from "../../compare";
import type { Policy } from "../../policies";
import { createElement } from "../summary/dom";

/** The view's controls and output areas, built once by mountComparePanel. */
export interface ComparePanelElements {
  from: HTMLSelectElement;
  to: HTMLSelectElement;
  compare: HTMLButtonElement;
  writeSheet: HTMLButtonElement;
  status: HTMLParagraphElement;
  results: HTMLDivElement;
}

const policySelect = (id: string, policies: readonly Policy[], chosen: string) =>
  createElement(
    "select",
    { id },
    policies.map((policy) => {
      const option = createElement(
        "option",
        { value: policy.data.id, title: `${policy.stamp}: ${policy.data.title}` },
        [policy.data.id],
      );
      option.selected = policy.data.id === chosen;
      return option;
    }),
  );

/** Builds the "Compare policies" view inside `container`; its styles are compare.css, linked by taskpane.html. */
export function buildComparePanel(
  container: HTMLElement,
  policies: readonly Policy[],
  chosen: { from: string; to: string },
): ComparePanelElements {
  const from = policySelect("compare-from", policies, chosen.from);
  const to = policySelect("compare-to", policies, chosen.to);
  const compare = createElement("button", { type: "button", id: "compare-run", class: "sotp-primary" }, ["Compare"]);
  const writeSheet = createElement("button", { type: "button", id: "compare-write-sheet", disabled: "" }, [
    "Write comparison sheet",
  ]);
  const status = createElement("p", { class: "sotp-compare-status", role: "status", "aria-live": "polite" });
  const results = createElement("div", { class: "sotp-compare-results" });
  container.classList.add("sotp-compare");
  container.replaceChildren(
    createElement("h2", {}, ["Compare policies"]),
    createElement("p", { class: "hint" }, [
      "Route this cohort under two policies and see who would move where. Nothing in the sheet changes.",
    ]),
    createElement("div", { class: "sotp-compare-policies" }, [
      createElement("label", { for: "compare-from" }, ["From", from]),
      createElement("span", { class: "sotp-compare-arrow", "aria-hidden": "true" }, ["→"]),
      createElement("label", { for: "compare-to" }, ["To", to]),
    ]),
    createElement("div", { class: "sotp-compare-actions" }, [compare, writeSheet]),
    status,
    results,
  );
  return { from, to, compare, writeSheet, status, results };
}

/** One line: `209` `High Intensity → Kaizen` `Recommended → Recommended`; a button that selects its rows. */
function transitionButton(transition: Transition, index: number): HTMLButtonElement {
  const count = transition.rowIndexes.length;
  const people = `${count.toLocaleString("en-GB")} ${count === 1 ? "person" : "people"}`;
  const programmes =
    transition.fromProgramme === transition.toProgramme
      ? transition.fromProgramme
      : `${transition.fromProgramme} → ${transition.toProgramme}`;
  const statuses =
    transition.fromStatus === transition.toStatus
      ? transition.fromStatus
      : `${transition.fromStatus} → ${transition.toStatus}`;
  return createElement(
    "button",
    {
      type: "button",
      class: "sotp-transition",
      "data-index": String(index),
      "data-unchanged": String(transition.unchanged),
      "aria-label": `${people}: ${transition.fromProgramme} (${transition.fromStatus}) to ${transition.toProgramme} (${transition.toStatus}). Select their rows.`,
    },
    [
      createElement("span", { class: "sotp-transition-count" }, [count.toLocaleString("en-GB")]),
      createElement("span", { class: "sotp-transition-move" }, [
        createElement("span", { class: "sotp-transition-programmes" }, [programmes]),
        createElement("span", { class: "sotp-transition-statuses" }, [
          transition.unchanged ? `${statuses} · no move` : statuses,
        ]),
      ]),
    ],
  );
}

/** Replaces the results with the headline and the transition lines, largest first. */
export function showTransitions(
  elements: ComparePanelElements,
  view: { heading: string; source: string; headline: string; transitions: readonly Transition[] },
): HTMLButtonElement[] {
  const buttons = view.transitions.map(transitionButton);
  const parts: HTMLElement[] = [
    createElement("p", { class: "sotp-compare-heading" }, [view.heading]),
    createElement("p", { class: "sotp-source" }, [view.source]),
    createElement("p", { class: "sotp-headline" }, [view.headline]),
  ];
  if (buttons.length === 0)
    parts.push(createElement("p", {}, ["Every row of the cohort is blank: nothing to compare."]));
  else {
    parts.push(createElement("p", { class: "hint" }, ["Click a line to select those people's rows in the sheet."]));
    parts.push(
      createElement(
        "ul",
        { class: "sotp-transitions", "aria-label": "Who moves where, largest first" },
        buttons.map((button) => createElement("li", {}, [button])),
      ),
    );
  }
  elements.results.replaceChildren(...parts);
  return buttons;
}
