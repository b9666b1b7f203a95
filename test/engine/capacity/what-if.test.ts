import assert from "node:assert/strict";
import path from "node:path";
import {
  computeCapacitySummary,
  parseCapacityTable,
  summaryRowKey,
  summaryTableCells,
} from "../../../src/engine/capacity";
import { readCsvRows, SHARED_EXAMPLES } from "../../support/shared-examples";
import { dayOf, policy, routeForCapacity } from "./capacity-test-support";

const example = (name: string) => readCsvRows(path.join(SHARED_EXAMPLES, `capacity-example-${name}.csv`));

describe("a what-if: other groups a year and group size for one summary row", () => {
  const { entries, bySite } = routeForCapacity(example("cohort"), "2014-01-01");
  const capacity = parseCapacityTable(example("capacity"), policy).rows;
  const summarise = (whatIf?: Map<string, { groupsPerYear: number; groupSize: number }>) =>
    computeCapacitySummary({ policy, entries, capacity, asOf: dayOf("2014-01-01"), bySite, whatIf });

  it("recomputes that row from the same queue and leaves every other row as it was", () => {
    const before = summaryTableCells(summarise());
    const after = summaryTableCells(
      summarise(new Map([[summaryRowKey("HI", "hmp bure"), { groupsPerYear: 2, groupSize: 8 }]])),
    );
    // HMP Bure, High Intensity: 11 queued on 16 places; the 9th to 11th start at 26 weeks instead of 52.
    assert.deepEqual(after[2], [
      "High Intensity",
      "HMP Bure",
      "11",
      "2",
      "16",
      "0.69",
      "green",
      "26.0",
      "0",
      "0",
      "1",
      "2",
    ]);
    assert.deepEqual([...after.slice(0, 2), ...after.slice(3)], [...before.slice(0, 2), ...before.slice(3)]);
  });

  it("reports the figures used and where the capacity row's Weeks came from", () => {
    const rows = summarise(new Map([[summaryRowKey("LI", "HMP Whatton"), { groupsPerYear: 1, groupSize: 10 }]])).rows;
    assert.deepEqual(
      rows.map((row) => [row.programmeCode, row.groupsPerYear, row.groupSize, row.capacityWeeks, row.capacitySource]),
      [
        ["LI", 1, 10, 12, "all-sites row"],
        ["HI", 1, 8, null, "site row"],
        ["HI", 2, 8, null, "all-sites row"],
        ["BNM", 2, 8, null, "policy default"],
        ["NMC", 0, 8, null, "site row"],
      ],
    );
  });
});
