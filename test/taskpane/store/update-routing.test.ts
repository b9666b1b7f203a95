import assert from "node:assert/strict";
import { updatePane } from "../../../src/taskpane/store";
import { finishedRun, frozen, inspected, start } from "./pane-fixture";

const found = () => frozen(updatePane(start(), { type: "cohortFound", cohort: inspected(), policyId: "foi-86525" }));

describe("the pane store: a routing run", () => {
  it("starts with the Routing notice and the progress at nought, forgetting the run before", () => {
    const { run, inMemory } = finishedRun();
    const routed = frozen(updatePane(found(), { type: "routeFinished", run, inMemory }));
    const state = updatePane(routed, { type: "routeStarted", total: 2 });
    assert.deepEqual(state.routing, {
      running: true,
      cancelRequested: false,
      progress: { phase: "reading", rows: 0, total: 2 },
    });
    assert.equal(state.notice?.title, "Routing…");
    assert.equal(state.lastRun, null);
    assert.equal(state.inMemory, null, "the run rewrites the outputs: the routing kept no longer matches the sheet");
  });

  it("takes progress and a Cancel only while running", () => {
    const idle = start();
    assert.equal(updatePane(idle, { type: "cancelRequested" }), idle, "nothing to cancel: the same state");
    let state = frozen(updatePane(found(), { type: "routeStarted", total: 2 }));
    state = frozen(updatePane(state, { type: "routeProgressed", progress: { phase: "writing", rows: 1, total: 2 } }));
    state = updatePane(state, { type: "cancelRequested" });
    assert.deepEqual(state.routing, {
      running: true,
      cancelRequested: true,
      progress: { phase: "writing", rows: 1, total: 2 },
    });
  });

  it("keeps the finished run and its cohort in memory, and says where the results are", () => {
    const { run, inMemory } = finishedRun(2);
    const started = frozen(updatePane(found(), { type: "routeStarted", total: 2 }));
    const state = updatePane(started, { type: "routeFinished", run, inMemory });
    assert.equal(state.routing.running, false);
    assert.equal(state.lastRun, run);
    assert.equal(state.inMemory, inMemory);
    assert.equal(state.cohort?.location, run.outcome.location);
    assert.deepEqual(state.notice, {
      tone: "success",
      title: "2 rows routed",
      detail: "Results are in columns Programme to Policy of Cohort, as of 2014-01-01.",
      cells: [],
    });
  });

  it("shows what went wrong when the run fails, with nothing kept", () => {
    const notice = { tone: "warning" as const, title: "Routing cancelled", detail: "", cells: [] };
    const started = frozen(updatePane(found(), { type: "routeStarted", total: 2 }));
    const state = updatePane(started, { type: "routeFailed", notice });
    assert.deepEqual([state.routing.running, state.notice, state.lastRun, state.inMemory], [false, notice, null, null]);
  });
});
