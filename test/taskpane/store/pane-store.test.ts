import assert from "node:assert/strict";
import { createPaneStore, PaneState } from "../../../src/taskpane/store";
import { start } from "./pane-fixture";

describe("the pane store", () => {
  it("tells each view the new state and the one before, after every change", () => {
    const store = createPaneStore(start());
    const seen: [string, string][] = [];
    const stop = store.subscribe((state, previous) => seen.push([state.asOfText, previous.asOfText]));
    store.dispatch({ type: "asOfTyped", text: "2014-02-01" });
    assert.deepEqual(seen, [["2014-02-01", "2014-01-01"]]);
    assert.equal(store.getState().asOfText, "2014-02-01");
    stop();
    store.dispatch({ type: "asOfTyped", text: "2014-03-01" });
    assert.equal(seen.length, 1, "a view that stopped hears nothing more");
  });

  it("tells no view when an action changes nothing", () => {
    const store = createPaneStore(start());
    const seen: PaneState[] = [];
    store.subscribe((state) => seen.push(state));
    store.dispatch({ type: "cancelRequested" });
    assert.deepEqual(seen, []);
  });
});
