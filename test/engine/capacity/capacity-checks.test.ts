import assert from "node:assert/strict";
import { parseCapacityTable, unmatchedCapacityRows } from "../../../src/engine/capacity";
import { getBundledPolicy } from "../../../src/policies";

const POLICY = getBundledPolicy();

describe("capacity table header row and unused rows", () => {
  it("skips title rows above the header row and names cells by their place on the sheet", () => {
    const table = parseCapacityTable(
      [
        ["Capacity plan 2015/16", null, null, null],
        [null, null, null, null],
        ["Programme", "Site", "Groups per year", "Group size"],
        ["HI", "HMP Bure", 3, 8],
        ["LI", "", "six", 8],
      ],
      POLICY,
      { sheetName: "Capacity", topLeft: "B2" },
    );
    assert.deepEqual(
      table.rows.map((r) => [r.programmeCode, r.site, r.groupsPerYear, r.address]),
      [["HI", "HMP Bure", 3, "Capacity!B5"]],
    );
    assert.deepEqual(
      table.problems.map((p) => p.message),
      ['Capacity!D6: Groups per year "six" is not a number ≥ 0'],
    );
  });

  it("still names the missing columns when no row is a header row", () => {
    const table = parseCapacityTable([["Capacity plan"], ["Programme", "Places"]], POLICY);
    assert.match(
      table.problems[0].message,
      /^A1: the capacity table has no "Programme", "Groups per year" or "Group size"/,
    );
  });

  it("finds site rows that match no cohort site, or every site row when the cohort has no sites", () => {
    const rows = parseCapacityTable(
      [
        ["Programme", "Site", "Groups per year", "Group size"],
        ["HI", "HMP Bure", 1, 8],
        ["HI", "HMP Wattton", 1, 8],
        ["HI", "", 1, 8],
      ],
      POLICY,
    ).rows;
    assert.deepEqual(
      unmatchedCapacityRows(rows, ["hmp bure", null], true).map((r) => r.site),
      ["HMP Wattton"],
    );
    assert.deepEqual(
      unmatchedCapacityRows(rows, [], false).map((r) => r.site),
      ["HMP Bure", "HMP Wattton"],
    );
  });
});
