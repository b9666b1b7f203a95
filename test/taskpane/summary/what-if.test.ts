import assert from "node:assert/strict";
import path from "node:path";
import { computeCapacitySummary, parseCapacityTable, summaryRowKey } from "../../../src/engine/capacity";
import type { WorkbookSummary } from "../../../src/excel/summary";
import { applyWhatIf, readFigure, RowEdit } from "../../../src/taskpane/summary/what-if";
import { describeWhatIf } from "../../../src/taskpane/summary/what-if-headline";
import { dayOf, policy, routeForCapacity } from "../../engine/capacity/capacity-test-support";
import { readCsvRows, SHARED_EXAMPLES } from "../../support/shared-examples";

const example = (name: string) => readCsvRows(path.join(SHARED_EXAMPLES, `capacity-example-${name}.csv`));

/** The shared capacity example as the pane holds it after reading the workbook (only what the what-if uses). */
function exampleBase(): WorkbookSummary {
  const { entries, bySite } = routeForCapacity(example("cohort"), "2014-01-01");
  const capacity = {
    kind: "sheet",
    description: 'sheet "Capacity"',
    ...parseCapacityTable(example("capacity"), policy),
  };
  const asOf = dayOf("2014-01-01");
  const summary = computeCapacitySummary({ policy, entries, capacity: capacity.rows, asOf, bySite });
  return { policy, asOf, cohort: { entries, bySite }, capacity, summary } as unknown as WorkbookSummary;
}

const edits = (key: [string, string], edit: RowEdit) => new Map([[summaryRowKey(...key), edit]]);

describe("the pane's what-if, without the pane", () => {
  const base = exampleBase();

  it("reads figures as the capacity table does: numbers ≥ 0, no percent sign", () => {
    assert.deepEqual(["2", " 1.5 ", "0", "", "-1", "two", "50%"].map(readFigure), [2, 1.5, 0, null, null, null, null]);
  });

  it("recomputes only with figures that differ from the sheet's", () => {
    const same = applyWhatIf(base, edits(["HI", "HMP Bure"], { groupsPerYear: "1", groupSize: "8" }));
    assert.equal(same.current, base);
    assert.deepEqual(same.changes, []);
    const changed = applyWhatIf(base, edits(["HI", "HMP Bure"], { groupsPerYear: "2" }));
    assert.deepEqual(changed.changes, [{ programmeCode: "HI", site: "HMP Bure", groupsPerYear: 2, groupSize: 8 }]);
    assert.equal(changed.current.summary.rows[1].placesAYear, 16);
  });

  it("names each figure that is not a number and keeps the sheet's meanwhile", () => {
    const outcome = applyWhatIf(base, edits(["HI", "HMP Bure"], { groupsPerYear: "-1", groupSize: "10" }));
    assert.deepEqual(outcome.invalid, [
      "Groups a year for HMP Bure · High Intensity must be a number ≥ 0; the sheet's 1 is used meanwhile.",
    ]);
    assert.deepEqual(outcome.changes, [{ programmeCode: "HI", site: "HMP Bure", groupsPerYear: 1, groupSize: 10 }]);
  });

  it("says what a change does in a sentence, then the figures that moved", () => {
    const [before] = base.summary.rows.slice(1);
    const after = applyWhatIf(base, edits(["HI", "HMP Bure"], { groupsPerYear: "2" })).current.summary.rows[1];
    assert.deepEqual(describeWhatIf(before, after), [
      "HMP Bure · High Intensity: 2 groups a year instead of 1 clears the queue before release for 11 of 11 people.",
      "Pressure 0.69 green (was 1.38 red), wait 26.0 weeks (was 52.0 weeks), at risk 0 (was 0).",
    ]);
  });

  it("names both figures, and says when a change leaves no places", () => {
    const [, , whatton] = base.summary.rows;
    const after = applyWhatIf(base, edits(["HI", "HMP Whatton"], { groupsPerYear: "0", groupSize: "4" })).current
      .summary.rows[2];
    assert.deepEqual(describeWhatIf(whatton, after), [
      "HMP Whatton · High Intensity: 0 groups a year instead of 2 and groups of 4 instead of 8 clears the queue " +
        "before release for 0 of 5 people.",
      "Pressure no places, red (was 0.31 green), wait none, nobody starts (was 0.0 weeks), at risk 5 (was 2; 2 cannot " +
        "finish whatever the capacity).",
    ]);
  });
});
