import type { PaneAction } from "./pane-action";
import type { PaneState } from "./pane-state";
import { updatePane } from "./update-pane";

/** A view's renderer: called after each action that changed the state, with the state before it. */
export type PaneListener = (state: PaneState, previous: PaneState) => void;

export interface PaneStore {
  getState(): PaneState;
  dispatch(action: PaneAction): void;
  /** Calls `listener` after every change; returns a function that stops it. */
  subscribe(listener: PaneListener): () => void;
}

/** The one store of the pane's state. */
export function createPaneStore(initial: PaneState, update = updatePane): PaneStore {
  let state = initial;
  const listeners = new Set<PaneListener>();
  return {
    getState: () => state,
    dispatch(action) {
      const previous = state;
      state = update(previous, action);
      if (state === previous) return;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
