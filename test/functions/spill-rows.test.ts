import assert from "node:assert/strict";
import { resultCells, routeCohortRows } from "../../src/engine";
import { mapHeaders, parseIsoDay } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { spillRows } from "../../src/functions/spill-rows";

const HEADERS = ["ID", "Offence", "RM2000/s", "OGRS3"];

const policy = getBundledPolicy("foi-86525");

function routeAll(rows: unknown[][]) {
  const mapping = mapHeaders(HEADERS, policy);
  return routeCohortRows(rows as never, { policy, asOf: parseIsoDay("2014-01-01") as number, mapping }).results;
}

describe("SOTP.ROUTE output rows", () => {
  const results = routeAll([
    ["A1", "Contact", "Low", 62],
    ["A2", "Contact", "Low", 62],
    ["A3", "Contact", "Lowish", 62],
    [null, null, null, null],
    ["A1", "Contact", "High", 80],
  ]);

  it("spills each result's requested columns in the order asked for", () => {
    const spilled = spillRows(results, ["Status", "Programme", "Flags"], policy);
    const expected = results.map((result) => {
      const cells = resultCells(result, policy);
      return [cells.Status, cells.Programme, cells.Flags];
    });
    assert.deepEqual(spilled, expected);
    assert.deepEqual(spilled[1], ["Recommended", "Low Intensity", ""]);
    assert.deepEqual(spilled[3], ["", "", ""]);
    assert.match(spilled[4][2], /DUPLICATE_ID/);
  });

  it("returns a new outer array on every call, as Excel needs", () => {
    const first = spillRows(results, ["Status"], policy);
    const second = spillRows(results, ["Status"], policy);
    assert.notEqual(first, second);
    assert.deepEqual(first, second);
  });
});
