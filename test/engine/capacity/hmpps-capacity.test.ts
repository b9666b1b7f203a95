import assert from "node:assert/strict";
import { parseCapacityTable } from "../../../src/engine/capacity";
import { getBundledPolicy } from "../../../src/policies";

const hmpps = getBundledPolicy("hmpps-2017");

describe("a capacity table under hmpps-2017", () => {
  it("takes the codes, the names and the spellings Completed accepts in its Programme column", () => {
    const table = parseCapacityTable(
      [
        ["Programme", "Site", "Groups per year", "Group size"],
        ["KAI", "HMP Bure", 3, 10],
        ["BNM+", "HMP Usk", 2, 8],
        ["Becoming New Me", "HMP Whatton", 1, 8],
        ["Healthy Sex", "", 20, 1],
      ],
      hmpps,
    );
    assert.deepEqual(table.problems, []);
    assert.deepEqual(
      table.rows.map((row) => row.programmeCode),
      ["KAI", "BNMP", "BNMP", "HSP"],
    );
  });

  it("refuses a programme of the other policy, naming this one's codes", () => {
    const table = parseCapacityTable(
      [
        ["Programme", "Groups per year", "Group size"],
        ["High Intensity", 4, 8],
      ],
      hmpps,
    );
    assert.deepEqual(
      table.problems.map((p) => p.message),
      [
        'A2: Programme "High Intensity" is not a programme of hmpps-2017@1.0.0 (expected KAI, HOR, IHOR, BNMP, NMS, LNM, HSP or their names)',
      ],
    );
  });
});
