/**
 * "Compare policies" in the task pane (issue 12, spec section 7). The pane's start-up calls
 * `mountComparePanel(container, store, commands.compare)`.
 */
export { mountComparePanel } from "./mount-compare-panel";
