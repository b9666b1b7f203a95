import assert from "node:assert/strict";
import { currentChoices, updatePane } from "../../../src/taskpane/store";
import { DC, finishedRun, frozen, inspected, RISK, start } from "./pane-fixture";

const found = (saved = {}) =>
  frozen(updatePane(start(), { type: "cohortFound", cohort: inspected(saved), policyId: "foi-86525" }));

describe("the pane store: the cohort, the policy and the column choices", () => {
  it("starts on the default policy and the given date, having looked for nothing yet", () => {
    const state = start();
    assert.equal(state.policyId, "foi-86525");
    assert.equal(state.asOfText, "2014-01-01");
    assert.equal(state.cohort, null);
    assert.equal(state.lookedForCohort, false);
  });

  it("takes the choices saved with the sheet for the policy found, dropping those it does not know", () => {
    const state = found({ "foi-86525": { [RISK]: "rm2000s", 5: "no such field" } });
    assert.deepEqual(currentChoices(state), { [RISK]: "rm2000s" });
    assert.equal(state.lookedForCohort, true);
  });

  it("changes only the policy when no cohort is found: the summary's policy before any run (issue 9 bug 1)", () => {
    const state = updatePane(start(), { type: "policyChosen", policyId: "hmpps-2017" });
    assert.equal(state.policyId, "hmpps-2017");
    assert.deepEqual(state.choices, {});
  });

  it("keeps each policy's choices when switching policy and correcting a column (issue 9 bug 2)", () => {
    let state = found();
    state = frozen(updatePane(state, { type: "columnChosen", column: RISK, choice: "rm2000s" }));
    state = frozen(updatePane(state, { type: "policyChosen", policyId: "hmpps-2017" }));
    state = frozen(updatePane(state, { type: "columnChosen", column: DC, choice: "osp_dc" }));
    assert.deepEqual(state.choices.Cohort, {
      "foi-86525": { [RISK]: "rm2000s" },
      "hmpps-2017": { [DC]: "osp_dc" },
    });
    state = updatePane(state, { type: "policyChosen", policyId: "foi-86525" });
    assert.deepEqual(currentChoices(state), { [RISK]: "rm2000s" });
  });

  it("carries the choices over to a policy with none of its own, where it knows their fields", () => {
    let state = found();
    state = frozen(updatePane(state, { type: "columnChosen", column: 6, choice: "ignore" }));
    state = updatePane(state, { type: "policyChosen", policyId: "hmpps-2017" });
    assert.deepEqual(currentChoices(state), { 6: "ignore" });
  });

  it("stores no choice that matches what the header gives on its own", () => {
    let state = found({ "foi-86525": { 1: "ignore" } });
    state = updatePane(state, { type: "columnChosen", column: 1, choice: "offence" });
    assert.deepEqual(currentChoices(state), {});
  });

  it("forgets the routing kept in memory when it looks at the sheet again", () => {
    const { run, inMemory } = finishedRun();
    const routed = frozen(updatePane(found(), { type: "routeFinished", run, inMemory }));
    const again = updatePane(routed, { type: "cohortFound", cohort: inspected(), policyId: "foi-86525" });
    assert.equal(again.inMemory, null);
    assert.equal(again.lastRun, null);
    const notice = { tone: "error" as const, title: "No cohort found", detail: "", cells: [] };
    const gone = updatePane(routed, { type: "cohortNotFound", notice });
    assert.deepEqual([gone.cohort, gone.inMemory, gone.notice], [null, null, notice]);
  });
});
