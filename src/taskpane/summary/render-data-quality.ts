import type { QualityLine } from "./data-quality";
import { createElement } from "./dom";

/** Counts of rows that need a look, with their most common reasons, and of overridden rows by programme. */
export function renderDataQuality(lines: readonly QualityLine[]): HTMLElement {
  return createElement(
    "ul",
    { class: "sotp-quality" },
    lines.map((line) =>
      createElement("li", { "data-status": line.status }, [
        createElement("span", { class: "sotp-quality-count" }, [String(line.count)]),
        " ",
        createElement("strong", {}, [line.status]),
        line.overriddenTo
          ? createElement(
              "ul",
              {},
              line.overriddenTo.map((p) => createElement("li", {}, [`${p.count} × to ${p.programme}`])),
            )
          : null,
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
