import type { PaneAction, PaneStore, StatusLine } from "../store";

/** What a view's action ends with: a status line, or an action that also ends the view's busy state. */
export type ActionEnd = string | PaneAction;

/**
 * Runs one of a view's Excel actions, one at a time: `working` marks the view busy with a line of text; the
 * action's end (or its error's message) ends it.
 */
export function createViewAction(
  store: PaneStore,
  isBusy: () => boolean,
  /** `fresh`: the action starts the view's result again, so the one shown goes. */
  working: (text: string, fresh: boolean) => PaneAction,
  ended: (status: StatusLine) => PaneAction,
) {
  return async (text: string, action: () => Promise<ActionEnd>, fresh = false): Promise<void> => {
    if (isBusy()) return;
    store.dispatch(working(text, fresh));
    try {
      const end = await action();
      store.dispatch(typeof end === "string" ? ended({ text: end, kind: "info" }) : end);
    } catch (error) {
      store.dispatch(ended({ text: error instanceof Error ? error.message : String(error), kind: "error" }));
    }
  };
}
