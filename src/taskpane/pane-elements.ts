import { requireElement } from "./render/dom";
import type { MappingElements } from "./render/render-mapping";
import type { ResultsElements } from "./render/render-results";

/** Every element of taskpane.html the pane drives, looked up once. */
export interface PaneElements {
  app: HTMLElement;
  starting: HTMLElement;
  hostMissing: HTMLElement;
  workspace: HTMLElement;
  notice: HTMLElement;
  cohortPlace: HTMLElement;
  findCohort: HTMLButtonElement;
  asOf: HTMLInputElement;
  policy: HTMLSelectElement;
  policyHint: HTMLElement;
  mapping: MappingElements;
  route: HTMLButtonElement;
  routeHint: HTMLElement;
  progressArea: HTMLElement;
  progress: HTMLProgressElement;
  progressLabel: HTMLElement;
  cancel: HTMLButtonElement;
  results: ResultsElements;
  /** Where the capacity summary panel is mounted. */
  summary: HTMLElement;
}

export function findPaneElements(): PaneElements {
  return {
    app: requireElement("app"),
    starting: requireElement("starting"),
    hostMissing: requireElement("host-missing"),
    workspace: requireElement("workspace"),
    notice: requireElement("notice"),
    cohortPlace: requireElement("cohort-place"),
    findCohort: requireElement("find-cohort"),
    asOf: requireElement("as-of"),
    policy: requireElement("policy"),
    policyHint: requireElement("policy-hint"),
    mapping: {
      summary: requireElement("mapping-summary"),
      details: requireElement("mapping-details"),
      list: requireElement("mapping-list"),
    },
    route: requireElement("route"),
    routeHint: requireElement("route-hint"),
    progressArea: requireElement("progress-area"),
    progress: requireElement("progress"),
    progressLabel: requireElement("progress-label"),
    cancel: requireElement("cancel"),
    results: {
      section: requireElement("results"),
      heading: requireElement("results-heading"),
      count: requireElement("results-count"),
      statusCounts: requireElement("status-counts"),
      reviewSwitch: requireElement("review-switch"),
      showReview: requireElement("show-review"),
      showOverrides: requireElement("show-overrides"),
      reviewHint: requireElement("review-hint"),
      reviewList: requireElement("review-list"),
    },
    summary: requireElement("summary-panel"),
  };
}
