import type { StatusLine } from "../store";

/** A view's status line and busy state: while busy, its buttons say they are disabled (and still take focus). */
export function renderViewStatus(
  container: HTMLElement,
  statusElement: HTMLElement,
  view: { busy: boolean; status: StatusLine },
  buttons: readonly HTMLButtonElement[],
): void {
  statusElement.textContent = view.status.text;
  statusElement.dataset.kind = view.status.kind;
  container.setAttribute("aria-busy", String(view.busy));
  for (const button of buttons)
    if (view.busy) button.setAttribute("aria-disabled", "true");
    else button.removeAttribute("aria-disabled");
}
