/**
 * "Compare policies" in the task pane (issue 12, spec section 7). The pane's start-up calls
 * `mountComparePanel(document.getElementById("compare-panel"), { excel, asOfInput })`.
 */
export { mountComparePanel } from "./mount-compare-panel";
export type { ComparePanelDeps } from "./mount-compare-panel";
