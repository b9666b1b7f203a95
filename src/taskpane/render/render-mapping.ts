import { IGNORE_CHOICE, MappingOption, MappingView } from "../mapping-rows";
import { element } from "./dom";

export interface MappingElements {
  summary: HTMLElement;
  details: HTMLDetailsElement;
  list: HTMLElement;
}

/** Lists each input column with a dropdown of the fields it can feed. */
export function renderMapping(
  elements: MappingElements,
  view: MappingView,
  options: readonly MappingOption[],
  onChoose: (column: number, choice: string) => void,
): void {
  const used = view.rows.length - view.ignoredCount;
  const parts = [`${used} column${used === 1 ? "" : "s"} used`, `${view.ignoredCount} ignored`];
  const tag =
    view.missingRequired.length > 0
      ? element("span", { className: "tag tag-problem", text: `Missing: ${view.missingRequired.join(", ")}` })
      : view.mapping.conflicts.length > 0
        ? element("span", { className: "tag tag-problem", text: "Two columns feed one field" })
        : element("span", { className: "tag tag-ok", text: "All required columns found" });
  const lookAlikes = view.rows.filter((row) => row.lookAlike.length > 0).length;
  const hint =
    lookAlikes > 0
      ? element("span", {
          className: "tag tag-hint",
          text: `${lookAlikes} ignored column${lookAlikes === 1 ? " looks" : "s look"} like a field`,
        })
      : null;
  elements.summary.replaceChildren(
    element("span", { text: `${parts.join(" · ")} ` }),
    tag,
    ...(hint ? [" ", hint] : []),
  );
  if (view.missingRequired.length > 0 || view.mapping.conflicts.length > 0 || lookAlikes > 0)
    elements.details.open = true;

  elements.list.replaceChildren(
    ...view.rows.map((row) => {
      const id = `map-col-${row.column}`;
      const select = element("select", { attrs: { id } });
      for (const option of options)
        select.append(element("option", { text: option.label, attrs: { value: option.value } }));
      select.value = row.choice;
      select.addEventListener("change", () => onChoose(row.column, select.value));
      const classes = [
        row.choice === IGNORE_CHOICE ? "is-ignored" : "",
        row.corrected ? "is-corrected" : "",
        row.conflict ? "is-conflict" : "",
      ];
      const label = element("label", { attrs: { for: id } }, [
        element("span", { className: "col-letter", text: row.letter }),
        document.createTextNode(row.header === "" ? "(no header)" : row.header),
      ]);
      if (row.corrected) label.append(" ", element("span", { className: "tag tag-corrected", text: "your choice" }));
      if (row.lookAlike.length > 0)
        label.append(" ", element("span", { className: "tag tag-hint", text: `looks like ${row.lookAlike[0]}?` }));
      return element("li", { className: classes.filter(Boolean).join(" ") }, [label, select]);
    }),
  );
}
