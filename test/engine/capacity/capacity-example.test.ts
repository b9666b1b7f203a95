import assert from "node:assert/strict";
import path from "node:path";
import { computeCapacitySummary, parseCapacityTable, summaryTableCells } from "../../../src/engine/capacity";
import { readCsvRows, SHARED_EXAMPLES } from "../../support/shared-examples";
import { dayOf, policy, routeForCapacity } from "./capacity-test-support";

const example = (name: string) => readCsvRows(path.join(SHARED_EXAMPLES, `capacity-example-${name}.csv`));

describe("the shared capacity example at as-of 2014-01-01", () => {
  const { entries, bySite } = routeForCapacity(example("cohort"), "2014-01-01");
  const capacity = parseCapacityTable(example("capacity"), policy, { sheetName: "Capacity" });
  const summary = computeCapacitySummary({
    policy,
    entries,
    capacity: capacity.rows,
    asOf: dayOf("2014-01-01"),
    bySite,
  });

  it("reads the capacity table without problems and splits by site", () => {
    assert.deepEqual(capacity.problems, []);
    assert.equal(capacity.rows.length, 4);
    assert.equal(bySite, true);
  });

  it("gives exactly the expected summary table, planning columns included", () => {
    assert.deepEqual(summaryTableCells(summary), example("planning-expected"));
  });

  it("keeps section 7's nine columns as the earlier expected file has them", () => {
    const before = example("expected");
    assert.deepEqual(
      summaryTableCells(summary).map((row) => row.slice(0, before[0].length)),
      before,
    );
  });

  it("says that Becoming New Me used the policy defaults", () => {
    assert.deepEqual(summary.programmesOnDefaults, ["BNM"]);
    const sources = summary.rows.map((row) => `${row.programmeCode} ${row.site}: ${row.capacitySource}`);
    assert.deepEqual(sources, [
      "LI HMP Whatton: all-sites row",
      "HI HMP Bure: site row",
      "HI HMP Whatton: all-sites row",
      "BNM HMP Bure: policy default",
      "NMC HMP Whatton: site row",
    ]);
  });
});
