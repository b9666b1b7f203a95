import type { PaneNotice } from "../pane-text";
import { element } from "./dom";

const MAX_CELLS_SHOWN = 50;

/** Shows one notice (or none) in the live region. */
export function renderNotice(container: HTMLElement, notice: PaneNotice | null): void {
  container.replaceChildren();
  if (!notice) return;
  const box = element("div", { className: `notice notice-${notice.tone}`, attrs: { "data-tone": notice.tone } }, [
    element("span", { className: "notice-title", text: notice.title }),
    element("p", { text: notice.detail }),
  ]);
  if (notice.cells.length > 0) {
    const cells = notice.cells.slice(0, MAX_CELLS_SHOWN).map((cell) => element("li", { text: cell }));
    box.append(element("ul", { className: "cell-list", attrs: { "aria-label": "Cells in the way" } }, cells));
  }
  container.append(box);
}
