/**
 * The capacity and waiting-list part of the task pane (issue 5). The pane's start-up calls
 * `mountSummaryPanel(document.getElementById("summary-panel"), { excel })`; the panel refreshes after each
 * "sotp:routed" event the routing part dispatches on `document`.
 */
export { mountSummaryPanel } from "./mount-summary-panel";
export type { SummaryPanelDeps } from "./mount-summary-panel";
export { describeDataQuality, generaliseReason } from "./data-quality";
export type { OutcomeCells, QualityLine, ReasonCount } from "./data-quality";
export { buildSummaryView } from "./summary-view";
export type { SummaryRowView, SummaryView } from "./summary-view";
