import assert from "node:assert/strict";
import { parseCapacityTable } from "../../../src/engine/capacity";
import { policy } from "./capacity-test-support";

const HEADERS = ["Programme", "Site", "Groups per year", "Group size", "Weeks"];

describe("reading a capacity table", () => {
  it("matches programme codes and names however they are spelt, and reads blank Site and Weeks", () => {
    const table = parseCapacityTable(
      [
        ["programme", "Establishment", "GROUPS PER YEAR", "group-size", "Notes"],
        ["high-intensity", "HMP Bure", "1", 8, "pilot"],
        [" li ", "", 4.5, "8", ""],
        ["", "", "", "", ""],
      ],
      policy,
    );
    assert.deepEqual(table.problems, []);
    assert.deepEqual(table.rows, [
      { programmeCode: "HI", site: "HMP Bure", groupsPerYear: 1, groupSize: 8, weeks: null, address: "A2" },
      { programmeCode: "LI", site: "", groupsPerYear: 4.5, groupSize: 8, weeks: null, address: "A3" },
    ]);
  });

  it("names each bad cell, with the sheet and the table's real position", () => {
    const table = parseCapacityTable(
      [
        HEADERS,
        ["HI", "", "six", 8, ""],
        ["LI", "", 4, -1, "12"],
        ["XYZ", "", 4, 8, ""],
        ["BNM", "", "", 8, "ten"],
        ["NMC", "", true, "8%", ""],
        ["LNM", "", 2, 8, ""],
      ],
      policy,
      { sheetName: "Capacity", topLeft: "B2" },
    );
    assert.deepEqual(
      table.problems.map((p) => p.message),
      [
        'Capacity!D3: Groups per year "six" is not a number ≥ 0',
        'Capacity!E4: Group size "-1" is not a number ≥ 0',
        'Capacity!B5: Programme "XYZ" is not a programme of foi-86525@1.0.0 (expected LI, HI, BNM, NMC, LNM, HSP or their names)',
        'Capacity!D6: Groups per year "" is not a number ≥ 0',
        'Capacity!F6: Weeks "ten" is not a number ≥ 0',
        'Capacity!D7: Groups per year "TRUE" is not a number ≥ 0',
        'Capacity!E7: Group size "8%" is not a number ≥ 0',
      ],
    );
    assert.deepEqual(table.problems[0].address, "Capacity!D3");
    assert.deepEqual(
      table.rows.map((r) => r.programmeCode),
      ["LNM"],
    );
  });

  it("quotes a sheet name with spaces as Excel does", () => {
    const table = parseCapacityTable([HEADERS, ["HI", "", "x", 8, ""]], policy, { sheetName: "SOTP Capacity" });
    assert.deepEqual(
      table.problems.map((p) => p.address),
      ["'SOTP Capacity'!C2"],
    );
  });

  it("rejects a second row for the same programme and site, whatever the spelling of the site", () => {
    const table = parseCapacityTable(
      [HEADERS, ["HI", "HMP Bure", 1, 8, ""], ["High Intensity", "hmp bure", 2, 8, ""], ["HI", "", 2, 8, ""]],
      policy,
      { sheetName: "Capacity" },
    );
    assert.deepEqual(
      table.problems.map((p) => p.message),
      ["Capacity!A3: HI at hmp bure is already given at Capacity!A2"],
    );
    assert.equal(table.rows.length, 2);
  });

  it("says which required columns the header row lacks", () => {
    const table = parseCapacityTable([["Programme", "Site", "Weeks"]], policy, { sheetName: "Capacity" });
    assert.deepEqual(
      table.problems.map((p) => p.message),
      ['Capacity!A1: the capacity table has no "Groups per year" or "Group size" columns in its header row'],
    );
  });
});
