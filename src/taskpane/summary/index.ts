/**
 * The capacity and waiting-list part of the task pane (issue 5). The pane's start-up calls
 * `mountSummaryPanel(container, store, commands.summary)`; after each routing run the route command summarises the
 * run kept in memory, and the panel draws whatever summary the store holds.
 */
export { mountSummaryPanel } from "./mount-summary-panel";
export { describeDataQuality, generaliseReason } from "./data-quality";
export type { OutcomeCells, QualityLine, ReasonCount } from "./data-quality";
export { buildSummaryView } from "./summary-view";
export type { SummaryRowView, SummaryView } from "./summary-view";
