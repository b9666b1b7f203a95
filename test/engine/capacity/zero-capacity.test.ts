import assert from "node:assert/strict";
import { computeCapacitySummary, NO_PLACES, summaryTableCells } from "../../../src/engine/capacity";
import { dayOf, person, policy } from "./capacity-test-support";

describe("a programme with no places", () => {
  const { deferred } = policy.data.statuses;
  const noGroups = { programmeCode: "NMC", site: "", groupsPerYear: 0, groupSize: 8, weeks: null, address: "A2" };
  const emptyGroups = { programmeCode: "HSP", site: "", groupsPerYear: 20, groupSize: 0, weeks: null, address: "A3" };
  const noLnm = { programmeCode: "LNM", site: "", groupsPerYear: 0, groupSize: 0, weeks: null, address: "A4" };
  const summary = computeCapacitySummary({
    policy,
    entries: [
      person("NMC", "2030-01-01", { tier: "Low" }),
      person("NMC", null, { tier: "Low" }),
      person("NMC", "2014-02-01", { tier: "Low", status: deferred }),
      person("HSP", null),
      person("LNM", "2014-03-01", { status: deferred }),
    ],
    capacity: [noGroups, emptyGroups, noLnm],
    asOf: dayOf("2014-01-01"),
    bySite: false,
  });

  it("shows no places, red, a blank wait and everyone queued with a release date at risk", () => {
    // NMC: 0 groups a year. Queued: the 2030 release (at risk: he never starts) and one without a date (not).
    // HSP: groups of 0, one queued man without a date: no places, red, nobody at risk.
    // LNM: nobody queued, one deferred: no places, amber (ADR 0003).
    // Planning: NMC needs 1 group a year (the 2030 release then finishes) and 2 ÷ 8 is green; LNM has nobody queued
    // and HSP groups of 0, so their Groups needed and Groups for green are blank.
    assert.deepEqual(summaryTableCells(summary).slice(1), [
      ["New Me Coping", "", "2", "1", "0", "no places", "red", "", "1", "0", "1", "1"],
      ["Living as New Me", "", "0", "1", "0", "no places", "amber", "", "0", "0", "", ""],
      ["Healthy Sex Programme", "", "1", "0", "0", "no places", "red", "", "0", "0", "", ""],
    ]);
  });

  it("keeps the no-places marker and a null wait in the summary rows", () => {
    assert.ok(summary.rows.every((row) => row.pressure === NO_PLACES && row.waitWeeks === null));
  });
});
