import assert from "node:assert/strict";
import { computeCapacitySummary } from "../../../src/engine/capacity";
import { dayOf, policy, routeForCapacity } from "./capacity-test-support";

const HEADERS = [
  "ID",
  "Offence",
  "RM2000/s",
  "OGRS3",
  "Active appeal",
  "Site",
  "Release date",
  "Override",
  "Override reason",
];

describe("capacity with overridden rows", () => {
  const { entries, bySite } = routeForCapacity(
    [
      HEADERS,
      ["P1", "Contact", "High", 60, "", "HMP Bure", "2014-02-01", "", ""],
      ["P2", "Contact", "High", 60, "", "HMP Bure", "2014-02-01", "LI", "Case conference"],
      ["P3", "Contact", "High", 60, "Yes", "HMP Bure", "", "HI", "Appeal unlikely to succeed"],
      ["P4", "Contact", "High", 60, "", "HMP Bure", "", "None", "Not appropriate"],
      ["P5", "Contact", "High", 60, "", "HMP Bure", "", "LI", ""],
      ["P6", "Contact", "High", 60, "Yes", "HMP Bure", "", "", ""],
      ["P7", "IIOC only", "High", 40, "", "HMP Bure", "", "LI", "Treatment manager decision"],
    ],
    "2014-01-01",
  );
  const summary = computeCapacitySummary({ policy, entries, asOf: dayOf("2014-01-01"), bySite });
  const row = (code: string) => summary.rows.find((r) => r.programmeCode === code);

  it("queues an Overridden row under its override programme, like a Recommended one, and counts it in Demand", () => {
    assert.deepEqual(
      summary.rows.map((r) => [r.programmeCode, r.site, r.demand, r.deferred]),
      [
        ["LI", "HMP Bure", 2, 0],
        ["HI", "HMP Bure", 2, 1],
      ],
    );
  });

  it("takes an override of a Deferred recommendation out of Deferred and into the queue", () => {
    // P3's policy result is High Intensity, Deferred (active appeal); the manager's decision is High Intensity.
    assert.equal(row("HI")?.deferred, 1);
    assert.equal(row("HI")?.demand, 2);
  });

  it("puts an overridden person at risk by the override programme's length and tier", () => {
    // P2: Low Intensity at tier High is 20 weeks; released 2014-02-01, a month after the as-of date.
    assert.equal(row("LI")?.atRisk, 1);
    assert.equal(row("HI")?.atRisk, 1);
  });

  it("leaves out overrides to None and overrides without a reason (Invalid)", () => {
    const counted = summary.rows.reduce((sum, r) => sum + r.demand + r.deferred, 0);
    assert.equal(counted, 5);
  });
});
