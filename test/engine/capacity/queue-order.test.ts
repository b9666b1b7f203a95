import assert from "node:assert/strict";
import { CapacityRow, computeCapacitySummary, orderQueue } from "../../../src/engine/capacity";
import { dayOf, person, policy } from "./capacity-test-support";

const asOf = dayOf("2014-01-01");
const liEveryQuarterInPairs: CapacityRow = {
  programmeCode: "LI",
  site: "",
  groupsPerYear: 4,
  groupSize: 2,
  weeks: null,
  address: "A2",
};

describe("the waiting queue", () => {
  const entries = [
    person("LI", "2014-08-01", { tier: "Medium" }),
    person("LI", "2014-03-01", { tier: "High" }),
    person("LI", null, { tier: "High" }),
    person("LI", "2014-03-01", { tier: "Low" }),
    person("LI", "2014-02-01", { tier: "High" }),
  ];

  it("orders by release date, keeps input order on ties and puts people without a date last", () => {
    const queue = orderQueue([...entries].reverse());
    assert.deepEqual(
      queue.map((entry) => entries.indexOf(entry)),
      [4, 1, 3, 0, 2],
    );
  });

  it("starts each group 52 ÷ groups per year weeks after the last and counts those released before finishing", () => {
    const summary = computeCapacitySummary({ policy, entries, capacity: [liEveryQuarterInPairs], asOf, bySite: false });
    // Queue 4, 1 | 3, 0 | 2 (groups of 2, 13 weeks apart; LI weeks Low 10, Medium 15, High 20).
    // #4 starts 0, High 20 w = 140 d → 2014-05-21; released 02-01: at risk.
    // #1 starts 0, High 20 w → 2014-05-21; released 03-01: at risk.
    // #3 starts 13 w, Low 10 w = 161 d → 2014-06-11; released 03-01: at risk.
    // #0 starts 13 w, Medium 15 w = 196 d → 2014-07-16; released 08-01: not at risk.
    // #2 has no release date: never at risk; starts 26 w, the wait.
    assert.deepEqual(
      summary.rows.map((row) => [row.programme, row.demand, row.placesAYear, row.pressure, row.waitWeeks, row.atRisk]),
      [["Low Intensity", 5, 8, 0.63, 26, 3]],
    );
  });

  it("counts a release on the finishing day as in time, and a day earlier as at risk", () => {
    const onTheDay = person("LI", "2014-05-21");
    const dayBefore = person("LI", "2014-05-20");
    const summary = computeCapacitySummary({
      policy,
      entries: [onTheDay, dayBefore],
      capacity: [{ ...liEveryQuarterInPairs, groupSize: 8 }],
      asOf,
      bySite: false,
    });
    // Both in the first group: 0 + 20 w = 140 d → 2014-05-21; only 05-20 is earlier.
    assert.equal(summary.rows[0].atRisk, 1);
    assert.equal(summary.rows[0].waitWeeks, 0);
  });

  it("rounds a fractional finishing day down", () => {
    const entriesOfThree = [person("LI", "2015-01-01"), person("LI", "2014-07-11"), person("LI", "2014-01-05")];
    const summary = computeCapacitySummary({
      policy,
      entries: entriesOfThree,
      capacity: [{ ...liEveryQuarterInPairs, groupsPerYear: 3, groupSize: 1, weeks: 10 }],
      asOf,
      bySite: false,
    });
    // Queue: 2014-01-05, 2014-07-11, 2015-01-01; one person a group, 52 ÷ 3 = 17.333 w apart, 10 weeks each.
    // pos 0: 10 w = 70 d → 2014-03-12; released 01-05: at risk.
    // pos 1: 27.333 w × 7 = 191.33 d, down to 191 d → 2014-07-11; released 07-11 (day 191, below 191.33 unrounded):
    //   not at risk, because the day count is rounded down first.
    // pos 2: 44.667 w × 7 = 312.67 d → 312 d → 2014-11-09; released 2015-01-01: not at risk.
    // Wait: start of pos 2 = 34.667 → 34.7.
    assert.deepEqual([summary.rows[0].atRisk, summary.rows[0].waitWeeks], [1, 34.7]);
  });
});
