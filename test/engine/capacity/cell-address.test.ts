import assert from "node:assert/strict";
import { columnLetters, formatCellAddress, parseCellAddress } from "../../../src/engine/capacity";

describe("A1 cell addresses", () => {
  it("reads an address as a 0-based row and column", () => {
    assert.deepEqual(parseCellAddress("B3"), { row: 2, column: 1 });
    assert.deepEqual(parseCellAddress("$AA$10"), { row: 9, column: 26 });
  });

  it("writes column letters past Z", () => {
    assert.deepEqual([0, 25, 26, 51, 52, 701, 702].map(columnLetters), ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });

  it("prefixes the sheet name, quoting it when it needs quotes", () => {
    assert.equal(formatCellAddress({ row: 3, column: 2 }), "C4");
    assert.equal(formatCellAddress({ row: 3, column: 2 }, "Capacity"), "Capacity!C4");
    assert.equal(formatCellAddress({ row: 0, column: 0 }, "Bob's sheet"), "'Bob''s sheet'!A1");
  });

  it("throws a RangeError for text that is not an address", () => {
    assert.throws(() => parseCellAddress("C0"), RangeError);
    assert.throws(() => parseCellAddress("Capacity"), RangeError);
  });
});
