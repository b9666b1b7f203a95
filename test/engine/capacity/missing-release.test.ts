import assert from "node:assert/strict";
import { computeCapacitySummary, orderQueue } from "../../../src/engine/capacity";
import { dayOf, person, policy } from "./capacity-test-support";

describe("people without a release date", () => {
  const entries = [person("HI", null), person("HI", "2014-12-01"), person("HI", null), person("HI", "2014-02-01")];
  const summary = computeCapacitySummary({
    policy,
    entries,
    capacity: [{ programmeCode: "HI", site: "", groupsPerYear: 1, groupSize: 1, weeks: null, address: "A2" }],
    asOf: dayOf("2014-01-01"),
    bySite: false,
  });

  it("queue after everyone with a date, in input order", () => {
    assert.deepEqual(
      orderQueue(entries).map((entry) => entries.indexOf(entry)),
      [3, 1, 0, 2],
    );
  });

  it("are counted in demand and set the wait, but are never at risk", () => {
    // One place a year, HI High 36 weeks.
    // pos 0 (2014-02-01): 0 + 36 w = 252 d → 2014-09-10: at risk.
    // pos 1 (2014-12-01): 52 + 36 w = 616 d → 2015-09-09: at risk.
    // pos 2 and 3 have no release date: not at risk, though they start 104 and 156 weeks on.
    const [row] = summary.rows;
    assert.deepEqual(
      [row.demand, row.placesAYear, row.pressure, row.rag, row.waitWeeks, row.atRisk],
      [4, 1, 4, "red", 156, 2],
    );
  });
});
