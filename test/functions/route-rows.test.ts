import "../support/custom-functions-shim";
import assert from "node:assert/strict";
import { route } from "../../src/functions/functions";
import { NO_ADDRESSES } from "../support/custom-functions-shim";

const HEADERS = [
  ["ID", "Sex", "Age", "Offence", "RM2000/s", "OGRS3", "Willing", "Maintains innocence", "Release date"],
];
const ALL = "programme,status,tier,flags,reasons";
const AS_OF = "2014-01-01";

function routeRows(rows: unknown[][]): Promise<string[][]> {
  return route(rows, HEADERS, ALL, AS_OF, null, NO_ADDRESSES);
}

describe("SOTP.ROUTE rows", () => {
  it("marks one bad row Invalid with the reason and routes the others", async () => {
    const spilled = await routeRows([
      ["A1", null, 30, "Contact", "Low", 62, null, null, null],
      ["A2", null, 30, "Contact", "Lowish", 62, null, null, null],
      ["A3", null, 30, "Contact", "High", 80, null, null, null],
    ]);
    assert.deepEqual(spilled[0].slice(0, 2), ["Low Intensity", "Recommended"]);
    assert.deepEqual(spilled[1].slice(0, 2), ["None", "Invalid"]);
    assert.match(spilled[1][4], /^V-1: RM2000\/s "Lowish" is not accepted/);
    assert.deepEqual(spilled[2].slice(0, 2), ["High Intensity", "Recommended"]);
  });

  it('spills blanks for trailing empty rows, whether they arrive as null, "" or 0', async () => {
    const spilled = await routeRows([
      ["A1", null, 30, "Contact", "Low", 62, null, null, null],
      [null, null, null, null, null, null, null, null, null],
      ["", "", "", "", "", "", "", "", ""],
      [0, 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    assert.equal(spilled.length, 4);
    for (const row of spilled.slice(1)) assert.deepEqual(row, ["", "", "", "", ""]);
  });

  it("reads 0 as an empty cell where 0 is not a value of the field (Sex, Age, Release date, ID)", async () => {
    const [zeros] = await routeRows([[0, 0, 0, "Contact", "Low", 62, null, 0, 0]]);
    const [blanks] = await routeRows([[null, null, null, "Contact", "Low", 62, null, null, null]]);
    assert.deepEqual(zeros, blanks);
    assert.deepEqual(zeros.slice(0, 2), ["Low Intensity", "Recommended"]);
  });

  it("does not flag rows whose ID cells arrive as 0 as duplicates", async () => {
    const spilled = await routeRows([
      [0, null, 30, "Contact", "Low", 62, null, null, null],
      [0, null, 30, "Contact", "Low", 62, null, null, null],
    ]);
    assert.deepEqual(
      spilled.map((row) => row[3]),
      ["", ""],
    );
  });

  it("keeps a 0 that means something when Excel cannot say the cell is empty: OGRS3 0 is the score 0", async () => {
    const [zeroScore] = await routeRows([["A1", null, 30, "Contact", "Low", 0, null, null, null]]);
    const [blankScore] = await routeRows([["A1", null, 30, "Contact", "Low", null, null, null, null]]);
    assert.deepEqual(zeroScore.slice(0, 2), ["None", "Not commissioned"]);
    assert.deepEqual(blankScore.slice(0, 2), ["None", "Incomplete"]);
  });

  it("reads Willing 0 as no and booleans as yes/no", async () => {
    const [notWilling] = await routeRows([["A1", null, 30, "Contact", "High", 80, 0, true, null]]);
    const [willing] = await routeRows([["A1", null, 30, "Contact", "High", 80, true, true, null]]);
    assert.deepEqual(notWilling.slice(0, 2), ["None", "Not eligible"]);
    assert.match(notWilling[3], /DENIAL_NOT_WILLING/);
    assert.deepEqual(willing.slice(0, 2), ["High Intensity", "Recommended"]);
  });

  it("reads release dates as date serial numbers", async () => {
    const [soon] = await routeRows([["A1", null, 30, "Contact", "High", 80, null, null, 41730]]);
    assert.match(soon[3], /INSUFFICIENT_TIME/);
  });
});
