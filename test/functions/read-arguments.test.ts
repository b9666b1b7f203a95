import assert from "node:assert/strict";
import { toCellRows } from "../../src/functions/read-arguments";

describe("SOTP.ROUTE rows argument", () => {
  it("reads a rich value as its text and a missing cell as null", () => {
    const rich = { toString: () => "Contact" };
    assert.deepEqual(toCellRows([["A1", rich, undefined, 62, true, null]]), [["A1", "Contact", null, 62, true, null]]);
  });

  it("uses rows of strings, numbers, booleans and nulls as they arrive, without copying them", () => {
    const row = ["A1", "Contact", 62, false, null];
    const [cells] = toCellRows([row]);
    assert.equal(cells, row);
  });
});
