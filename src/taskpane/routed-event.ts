/** The detail of the "sotp:routed" event the pane dispatches on `document` after each successful run. */
export interface RoutedEventDetail {
  sheetName: string;
  /** The as-of date of the run, ISO `YYYY-MM-DD`. */
  asOf: string;
  policyId: string;
}

export const ROUTED_EVENT = "sotp:routed";

/** Tells other parts of the pane (the capacity summary) that a sheet has fresh results. */
export function announceRouted(target: Document, detail: RoutedEventDetail): void {
  target.dispatchEvent(new CustomEvent<RoutedEventDetail>(ROUTED_EVENT, { detail }));
}
