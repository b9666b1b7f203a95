import type { RoutingOffer } from "../../calculators";
import { element } from "../render/dom";

/**
 * One box per routing offer (spec risk-calculators 1.9): the sheet has no assessed column for a field the routing
 * policy reads, and a computed band could stand in, if the user says so.
 */
export function renderOffers(
  container: HTMLElement,
  offers: readonly RoutingOffer[],
  onAccept: (offer: RoutingOffer) => void,
) {
  container.hidden = offers.length === 0;
  container.replaceChildren(
    ...offers.map((offer) => {
      const button = element("button", {
        attrs: { type: "button", "data-field": offer.field },
        text: `Route on ${offer.header}`,
      });
      button.addEventListener("click", () => onAccept(offer));
      return element("div", { className: "notice notice-warning", attrs: { "data-tone": "warning" } }, [
        element("span", { className: "notice-title", text: `No assessed ${offer.fieldLabel} column` }),
        element("p", {
          text: `Routing needs ${offer.fieldLabel}. It can read the ${offer.header} just calculated instead; every routed row's reasons will then say the band was computed, not assessed.`,
        }),
        button,
      ]);
    }),
  );
}

/** What the box says once the choice is saved. */
export function renderOfferAccepted(container: HTMLElement, offer: RoutingOffer): void {
  container.replaceChildren(
    element("div", { className: "notice notice-success", attrs: { "data-tone": "success" } }, [
      element("span", { className: "notice-title", text: `${offer.header} now feeds ${offer.fieldLabel}` }),
      element("p", {
        text: `Saved with this workbook, as a choice in Columns (change it there). Choose Route cohort when ready.`,
      }),
    ]),
  );
}
