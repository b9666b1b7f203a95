import assert from "node:assert/strict";
import { CellFacts, ColumnFacts } from "../../src/functions/cell-facts";
import { NO_FACTS } from "../../src/functions/cell-facts";
import { prepareRoute, routeCells } from "../../src/functions/route-cells";

const HEADERS = [["ID", "Offence", "RM2000/s", "OGRS3", "Willing", "Maintains innocence"]];
const OGRS3 = 3;
const WILLING = 4;

function routeWith(rows: unknown[][], facts: CellFacts): string[][] {
  const request = prepareRoute({ rows, headers: HEADERS, fields: "programme,status,reasons", asOf: "2014-01-01" });
  return routeCells(request, facts);
}

function column(facts: Partial<ColumnFacts>, rows: number): ColumnFacts {
  return { empty: facts.empty ?? new Array(rows).fill(false), percent: facts.percent ?? new Array(rows).fill(false) };
}

describe("SOTP.ROUTE with Excel's facts about cells", () => {
  it("asks for the facts of the OGRS3 column only when it holds a non-zero number, and of Willing only for a 0", () => {
    const noNumbers = prepareRoute({ rows: [["A1", "Contact", "Low", "62%", null, null]], headers: HEADERS });
    const numbers = prepareRoute({ rows: [["A1", "Contact", "Low", 0.62, 0, null]], headers: HEADERS });
    assert.deepEqual(noNumbers.factColumns, []);
    assert.deepEqual(numbers.factColumns, [OGRS3, WILLING]);
  });

  it("reads 0.42 in a %-formatted OGRS3 cell as 42 and 0.62 as 62", () => {
    const rows = [
      ["A1", "Contact", "Low", 0.42, null, null],
      ["A2", "Contact", "Low", 0.62, null, null],
    ];
    const spilled = routeWith(rows, new Map([[OGRS3, column({ percent: [true, true] }, 2)]]));
    assert.deepEqual(spilled[0].slice(0, 2), ["None", "Not commissioned"]);
    assert.deepEqual(spilled[1].slice(0, 2), ["Low Intensity", "Recommended"]);
  });

  it("reads 1.5 in a %-formatted cell as 150, out of range, as the spec says", () => {
    const [row] = routeWith(
      [["A1", "Contact", "Low", 1.5, null, null]],
      new Map([[OGRS3, column({ percent: [true] }, 1)]]),
    );
    assert.equal(row[1], "Invalid");
    assert.match(row[2], /OGRS3 "1.5" is out of range/);
  });

  it("never guesses: 0.62 whose cell format could not be read makes the row Invalid, saying why", () => {
    const [row] = routeWith([["A1", "Contact", "Low", 0.62, null, null]], NO_FACTS);
    assert.deepEqual(row.slice(0, 2), ["None", "Invalid"]);
    assert.match(row[2], /OGRS3 "0.62" could be the score 0.62 or 62% in a %-formatted cell/);
  });

  it("reads scores above 1 as scores when the format could not be read", () => {
    const [row] = routeWith([["A1", "Contact", "Low", 62, null, null]], NO_FACTS);
    assert.deepEqual(row.slice(0, 2), ["Low Intensity", "Recommended"]);
  });

  it("reads a 0 in OGRS3 or Willing as empty when Excel says the cell is empty", () => {
    const rows = [["A1", "Contact", "High", 0, 0, true]];
    const asZero = routeWith(rows, NO_FACTS);
    const asEmpty = routeWith(
      rows,
      new Map([
        [OGRS3, column({ empty: [true] }, 1)],
        [WILLING, column({ empty: [true] }, 1)],
      ]),
    );
    assert.deepEqual(asZero[0].slice(0, 2), ["None", "Not eligible"]);
    assert.deepEqual(asEmpty[0].slice(0, 2), ["High Intensity", "Recommended"]);
  });
});
