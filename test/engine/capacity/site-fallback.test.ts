import assert from "node:assert/strict";
import { CapacityRow, computeCapacitySummary } from "../../../src/engine/capacity";
import { dayOf, person, policy } from "./capacity-test-support";

const row = (programmeCode: string, site: string, groupsPerYear: number, groupSize: number, weeks: number | null) =>
  ({ programmeCode, site, groupsPerYear, groupSize, weeks, address: "A2" }) satisfies CapacityRow;

describe("capacity per site", () => {
  const capacity = [row("HI", "HMP Bure", 1, 8, null), row("HI", "", 2, 8, 30), row("LI", "HMP Bure", 3, 4, null)];
  const entries = [
    person("HI", "2014-08-15", { site: "HMP Bure" }),
    person("HI", "2014-08-15", { site: "HMP Whatton" }),
    person("HI", null, { site: null }),
    person("LI", null, { site: "HMP Bure", tier: "Low" }),
    person("LI", null, { site: "hmp  BURE", tier: "Low" }),
    person("LI", null, { site: "HMP Whatton", tier: "Low" }),
    person("BNM", null, { site: "HMP Whatton" }),
  ];
  const summarise = (bySite: boolean) =>
    computeCapacitySummary({ policy, entries, capacity, asOf: dayOf("2014-01-01"), bySite });

  it("uses the site's row, else the all-sites row, else the policy defaults, ordered by programme then site", () => {
    const summary = summarise(true);
    // LI Bure: site row 3 × 4 = 12 (two spellings of Bure, one row). LI Whatton: no LI all-sites row, defaults 6 × 8.
    // HI with a blank site and HI Whatton: all-sites row 2 × 8. HI Bure: its own row 1 × 8. BNM: defaults 2 × 8.
    assert.deepEqual(
      summary.rows.map((r) => [r.programmeCode, r.site, r.demand, r.placesAYear, r.capacitySource]),
      [
        ["LI", "HMP Bure", 2, 12, "site row"],
        ["LI", "HMP Whatton", 1, 48, "policy default"],
        ["HI", "", 1, 16, "all-sites row"],
        ["HI", "HMP Bure", 1, 8, "site row"],
        ["HI", "HMP Whatton", 1, 16, "all-sites row"],
        ["BNM", "HMP Whatton", 1, 16, "policy default"],
      ],
    );
    assert.deepEqual(summary.programmesOnDefaults, ["LI", "BNM"]);
  });

  it("applies a row's Weeks to every tier, and the programme's weeks when Weeks is blank", () => {
    const [, , , bure, whatton] = summarise(true).rows;
    // Both released 2014-08-15, 226 days after the as-of date, first in their queues (start 0).
    // Bure (Weeks blank): HI High 36 w = 252 d → at risk. Whatton (all-sites row, Weeks 30): 210 d → not at risk.
    assert.equal(bure.atRisk, 1);
    assert.equal(whatton.atRisk, 0);
  });

  it("groups per programme only, Site blank, when the cohort has no site column", () => {
    const summary = summarise(false);
    // Without sites only all-sites rows apply: HI 2 × 8 with 30 weeks; LI and BNM have none, so defaults.
    assert.deepEqual(
      summary.rows.map((r) => [r.programmeCode, r.site, r.demand, r.placesAYear, r.atRisk, r.capacitySource]),
      [
        ["LI", "", 3, 48, 0, "policy default"],
        ["HI", "", 3, 16, 0, "all-sites row"],
        ["BNM", "", 1, 16, 0, "policy default"],
      ],
    );
  });
});
