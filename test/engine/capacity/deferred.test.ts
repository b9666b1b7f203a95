import assert from "node:assert/strict";
import { computeCapacitySummary, summaryTableCells } from "../../../src/engine/capacity";
import { dayOf, person, policy } from "./capacity-test-support";

describe("deferred people", () => {
  const { deferred, notEligible, incomplete } = policy.data.statuses;
  const entries = [
    person("HI", "2016-01-01"),
    person("HI", "2014-01-15", { status: deferred }),
    person("HI", "2016-02-01"),
    person("HI", "2016-03-01"),
    person("HI", "2014-01-20", { status: deferred }),
    person("LNM", "2014-01-10", { status: deferred, tier: "Medium" }),
    { ...person("HI", "2014-01-10"), programmeCode: null, status: notEligible, tier: "" },
    { ...person("HI", null), programmeCode: null, status: incomplete, tier: "" },
  ];
  const summary = computeCapacitySummary({
    policy,
    entries,
    capacity: [{ programmeCode: "HI", site: "", groupsPerYear: 1, groupSize: 2, weeks: null, address: "A2" }],
    asOf: dayOf("2014-01-01"),
    bySite: false,
  });

  it("are counted but not queued, never at risk, and rows without a programme are left out", () => {
    // HI: 3 Recommended queue in groups of 2 once a year: the third starts at 52 weeks, 52 + 36 = 88 w = 616 d →
    // 2015-09-09, before none of the 2016 releases. The deferred men released in January 2014 are not counted.
    // LNM has only a deferred man: demand 0 on the policy's 4 × 8 = 32 places; nobody queued, so no wait.
    assert.deepEqual(summaryTableCells(summary), [
      [
        ...["Programme", "Site", "Demand", "Deferred", "Places a year", "Pressure", "RAG", "Wait weeks", "At risk"],
        ...["Unavoidable", "Groups needed", "Groups for green"],
      ],
      // HI: nobody at risk with 1 group a year; 3 ÷ (2 × 2) = 0.75 is green at 2. LNM: nobody queued, so blanks.
      ["High Intensity", "", "3", "2", "2", "1.50", "red", "52.0", "0", "0", "1", "2"],
      ["Living as New Me", "", "0", "1", "32", "0.00", "green", "", "0", "0", "", ""],
    ]);
    assert.deepEqual(summary.programmesOnDefaults, ["LNM"]);
  });
});
