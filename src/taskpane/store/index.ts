/**
 * The task pane's one store (issue 9 point 5): `PaneState` (pane-state.ts), the actions (pane-action.ts), the pure
 * `updatePane(state, action)`, and `createPaneStore`. Views subscribe and render from the state; the commands
 * (../commands) run the Excel actions and dispatch what happened.
 */
export type { PaneAction } from "./pane-action";
export type * from "./pane-state";
export { createPaneStore } from "./pane-store";
export type { PaneListener, PaneStore } from "./pane-store";
export { updatePane } from "./update-pane";
export { currentChoices } from "./update-cohort";
export { initialPaneState, SUMMARY_FIRST_STATUS } from "./initial-pane-state";
