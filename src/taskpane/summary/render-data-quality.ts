import type { QualityLine } from "./data-quality";
import { createElement } from "./dom";

/** Counts of rows that need a look, with their most common reasons. */
export function renderDataQuality(lines: readonly QualityLine[]): HTMLElement {
  return createElement(
    "ul",
    { class: "sotp-quality" },
    lines.map((line) =>
      createElement("li", { "data-status": line.status }, [
        createElement("span", { class: "sotp-quality-count" }, [String(line.count)]),
        " ",
        createElement("strong", {}, [line.status]),
        line.topReasons.length > 0
          ? createElement(
              "ul",
              {},
              line.topReasons.map((r) => createElement("li", {}, [`${r.count} × ${r.reason}`])),
            )
          : null,
      ]),
    ),
  );
}
