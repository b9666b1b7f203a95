import assert from "node:assert/strict";
import type { WorkbookComparison } from "../../../src/excel/compare";
import { updatePane } from "../../../src/taskpane/store";
import { frozen, locationOf, source, start } from "./pane-fixture";

const comparison = { location: locationOf("Cohort"), transitions: [] } as unknown as WorkbookComparison;
const shown = () =>
  frozen(
    updatePane(start(), {
      type: "compareShown",
      result: { comparison, source: source("routing"), fromId: "foi-86525", toId: "hmpps-2017" },
      status: { text: "Compared 2 rows: 0 lines, largest first.", kind: "info" },
    }),
  );

describe("the pane store: Compare policies", () => {
  it("compares foi-86525 with hmpps-2017 by default", () => {
    assert.deepEqual([start().compare.fromId, start().compare.toId], ["foi-86525", "hmpps-2017"]);
  });

  it("shows a comparison and remembers its sheet, with no line pressed", () => {
    const { compare } = shown();
    assert.deepEqual([compare.busy, compare.sheetName, compare.pressed], [false, "Cohort", null]);
    assert.equal(compare.result?.comparison, comparison);
  });

  it("drops the comparison shown when the policies change or a new one begins, not while selecting rows", () => {
    const other = updatePane(shown(), { type: "comparePoliciesChosen", fromId: "hmpps-2017", toId: "foi-86525" });
    assert.deepEqual(
      [other.compare.fromId, other.compare.toId, other.compare.result],
      ["hmpps-2017", "foi-86525", null],
    );
    const fresh = updatePane(shown(), { type: "compareWorking", text: "Reading…", fresh: true });
    assert.deepEqual([fresh.compare.busy, fresh.compare.result], [true, null]);
    const selecting = updatePane(shown(), { type: "compareWorking", text: "Selecting the rows…", fresh: false });
    assert.equal(selecting.compare.result?.comparison, comparison);
  });

  it("marks the line whose rows were selected", () => {
    assert.equal(updatePane(shown(), { type: "compareLinePressed", index: 3 }).compare.pressed, 3);
  });
});
