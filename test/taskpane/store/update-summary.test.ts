import assert from "node:assert/strict";
import { updatePane } from "../../../src/taskpane/store";
import { finishedRun, frozen, source, start, summaryOf } from "./pane-fixture";

const routed = () => {
  const { run, inMemory } = finishedRun();
  return frozen(updatePane(start(), { type: "routeFinished", run, inMemory }));
};
const info = (text: string) => ({ text, kind: "info" as const });

describe("the pane store: the capacity summary and its what-if", () => {
  it("is busy while an action runs, with its line of text", () => {
    const state = updatePane(start(), { type: "summaryWorking", text: "Reading the routed sheet…" });
    assert.deepEqual([state.summary.busy, state.summary.status], [true, info("Reading the routed sheet…")]);
  });

  it("shows the routing run kept in memory, and keeps it for the comparison", () => {
    const before = routed();
    const base = summaryOf("from memory");
    const state = updatePane(before, {
      type: "summaryShown",
      base,
      source: source("routing"),
      status: info("Summary of 2 rows."),
    });
    assert.deepEqual(state.summary, {
      busy: false,
      status: info("Summary of 2 rows."),
      sheetName: "Cohort",
      base,
      source: source("routing"),
      edits: {},
    });
    assert.equal(state.inMemory, before.inMemory);
  });

  it("forgets the routing kept in memory once Refresh has read the sheet", () => {
    const state = updatePane(routed(), {
      type: "summaryShown",
      base: summaryOf("read"),
      source: source("sheet"),
      status: info("Summary of 2 rows."),
    });
    assert.equal(state.inMemory, null);
  });

  it("gathers the what-if figures typed per row, starts again on Reset and on a new summary", () => {
    let state = frozen(
      updatePane(start(), { type: "whatIfTyped", key: "HI|HMP Bure", figure: "groupsPerYear", text: "2" }),
    );
    state = frozen(updatePane(state, { type: "whatIfTyped", key: "HI|HMP Bure", figure: "groupSize", text: "" }));
    state = frozen(updatePane(state, { type: "whatIfTyped", key: "LI|", figure: "groupSize", text: "4" }));
    assert.deepEqual(state.summary.edits, {
      "HI|HMP Bure": { groupsPerYear: "2", groupSize: "" },
      "LI|": { groupSize: "4" },
    });
    assert.deepEqual(updatePane(state, { type: "whatIfReset" }).summary.edits, {});
    const shown = updatePane(state, {
      type: "summaryShown",
      base: summaryOf("saved"),
      source: source("routing"),
      status: info("Saved."),
    });
    assert.deepEqual(shown.summary.edits, {});
    const untouched = start();
    assert.equal(updatePane(untouched, { type: "whatIfReset" }), untouched, "nothing to reset: the same state");
  });

  it("ends with an error line and keeps the summary shown", () => {
    const base = summaryOf("kept");
    let state = frozen(updatePane(start(), { type: "summaryShown", base, source: source("sheet"), status: info("") }));
    state = frozen(updatePane(state, { type: "summaryWorking", text: "Writing…" }));
    state = updatePane(state, { type: "summaryEnded", status: { text: "Press Refresh first.", kind: "error" } });
    assert.deepEqual([state.summary.busy, state.summary.base, state.summary.status.kind], [false, base, "error"]);
  });
});
