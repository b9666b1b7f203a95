import assert from "node:assert/strict";
import { summaryTableCells } from "../../../src/engine/capacity";
import { summariseWorkbook } from "../../../src/excel/summary";
import { AS_OF, fakeWithRoutedCohort, POLICY } from "./routed-sheet-fixture";

describe("summarising a routed cohort sheet with a Capacity sheet", () => {
  const fake = fakeWithRoutedCohort();
  const summarise = () => fake.Excel.run((context) => summariseWorkbook(context, { policy: POLICY, asOf: AS_OF }));

  it("gives the hand-computed figures per programme and site", async () => {
    const result = await summarise();
    // LI Usk: default 6×8=48 places, 1/48=0.02. HI Bure: site row 2×2=4 places; queue P1, P2 (start 0), P3, P4
    // (start 26 weeks); P1 (36 weeks, out 2014-03-01) and P2 (26 weeks, out 2014-06-01) finish after release.
    // HI Usk: all-sites row 4×1=4; P6 starts at 0, P7 at 13 weeks; both finish before release.
    // Planning: P1 and P2 at Bure cannot finish even starting now (Unavoidable 2); with 1 group of 2 a year P3 would
    // start at 52 weeks and finish 2015-09-09, after his release, so Bure needs 2; green needs 4 ÷ (3 × 2) = 0.67.
    assert.deepEqual(summaryTableCells(result.summary).slice(1), [
      ["Low Intensity", "Usk", "1", "0", "48", "0.02", "green", "0.0", "0", "0", "1", "1"],
      ["High Intensity", "Bure", "4", "1", "4", "1.00", "amber", "26.0", "2", "2", "2", "3"],
      ["High Intensity", "Usk", "2", "0", "4", "0.50", "green", "13.0", "0", "0", "1", "3"],
    ]);
    assert.deepEqual(result.summary.programmesOnDefaults, ["LI"]);
    assert.deepEqual(
      result.summary.rows.map((row) => row.capacitySource),
      ["policy default", "site row", "all-sites row"],
    );
  });

  it("describes where the cohort and the capacity came from", async () => {
    const result = await summarise();
    assert.equal(result.capacity.kind, "sheet");
    assert.equal(result.capacity.description, 'sheet "Capacity"');
    assert.deepEqual(result.capacity.problems, []);
    assert.equal(result.cohort.location.address, "Cohort!A1:L11");
    assert.equal(result.cohort.bySite, true);
    assert.deepEqual(result.cohort.otherStamps, {});
  });

  it("keeps each row's status and reasons for the data-quality panel", async () => {
    const { cohort } = await summarise();
    assert.equal(cohort.outcomes.length, 10);
    assert.equal(cohort.outcomes[9].status, "Invalid");
    assert.match(cohort.outcomes[9].reasons[0], /^V-1: Release date "31\/02\/2014"/);
  });

  it("reads the cohort from a named sheet while another sheet is active", async () => {
    const other = fakeWithRoutedCohort();
    other.state.activeSheet = other.state.sheet("Capacity");
    const result = await other.Excel.run((context) =>
      summariseWorkbook(context, { policy: POLICY, asOf: AS_OF, sheetName: "Cohort" }),
    );
    assert.deepEqual(
      result.summary.rows.map((row) => [row.programmeCode, row.site, row.demand]),
      [
        ["LI", "Usk", 1],
        ["HI", "Bure", 4],
        ["HI", "Usk", 2],
      ],
    );
  });
});
