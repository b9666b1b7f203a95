import assert from "node:assert/strict";
import fc from "fast-check";
import { resultCells, routeCohortRows } from "../../src/engine";
import { CellValue, isBlankCell, RowFacts } from "../../src/parsing";
import { CellFacts, ColumnFacts, NO_FACTS } from "../../src/functions/cell-facts";
import { prepareRoute, RouteRequest, routeCells } from "../../src/functions/route-cells";

const HEADERS = ["ID", "Sex", "Age", "Offence", "RM2000/s", "OGRS3", "Learning disability", "Willing", "SPC", "Notes"];
const WITH_OUTPUT = [...HEADERS, "Status"];
const ALL = "programme,status,tier,flags,followon,reasons,policy";

function request(rows: unknown[][], headers: string[]): RouteRequest {
  return prepareRoute({ rows, headers: [headers], fields: ALL, asOf: "2014-01-01" });
}

/** The rule before zeros that read as empty cells were left in place: every 0 cleared, but an `ask` 0 only when Excel says it is empty. */
function clearingEveryZero(request: RouteRequest, facts: CellFacts): string[][] {
  const { rows, zeroReadings, percentColumns, policy, mapping, asOf, outputs } = request;
  const rowFacts = rows.map((row, rowIndex): RowFacts => {
    const percent = new Array<boolean | null>(row.length).fill(false);
    for (const column of percentColumns) percent[column] = null;
    for (const [column, columnFacts] of facts) percent[column] = columnFacts.percent[rowIndex] ?? false;
    const wholeRow = row.every((cell) => cell === 0 || isBlankCell(cell));
    const empty = row.flatMap((cell, column) =>
      cell === 0 && (wholeRow || zeroReadings[column] !== "ask" || facts.get(column)?.empty[rowIndex]) ? [column] : [],
    );
    return { percent, empty };
  });
  const { results } = routeCohortRows(rows, { policy, asOf, mapping }, rowFacts);
  return results.map((result) => outputs.map((column) => resultCells(result, policy)[column]));
}

const cell = (values: CellValue[]) =>
  fc.oneof(fc.constant<CellValue>(0), fc.constant<CellValue>(null), fc.constantFrom(...values));
const CELLS: CellValue[][] = [
  ["A1", "A2", " ", ""],
  ["M", "F"],
  [30, 45, 17],
  ["Contact", "Non-contact"],
  ["Low", "High"],
  [62, 0.42, "80%"],
  [true, "Y", 1],
  ["N", false, "Y"],
  ["Y", 1],
  ["note", 7],
  ["Recommended", "Invalid"],
];

describe("SOTP.ROUTE zeros", () => {
  it("reads each column's 0 as empty, the default, a value to ask Excel about, or an output column's", () => {
    const { zeroReadings } = request([WITH_OUTPUT.map(() => null)], WITH_OUTPUT);
    assert.deepEqual(zeroReadings, [
      ...["empty", "empty", "empty", "empty", "empty", "ask", "default", "ask", "default", "default"],
      "output",
    ]);
  });

  it("clears a 0 that reads as the default in a row with nothing else, so the row stays blank", () => {
    const rows = [[null, null, null, null, null, null, 0, null, 0, null, "Recommended"]];
    assert.deepEqual(routeCells(request(rows, WITH_OUTPUT), NO_FACTS), [["", "", "", "", "", "", ""]]);
  });

  it("routes every row as clearing every 0 did, whatever the zeros, blanks and Excel's facts", () => {
    const headers = fc.constantFrom(HEADERS, WITH_OUTPUT);
    const rows = fc.array(fc.tuple(...CELLS.map(cell)), { minLength: 1, maxLength: 6 });
    const columnFacts = (count: number) =>
      fc
        .record({ empty: fc.array(fc.boolean(), { minLength: count, maxLength: count }) })
        .chain(({ empty }) =>
          fc
            .array(fc.boolean(), { minLength: count, maxLength: count })
            .map((percent): ColumnFacts => ({ empty, percent })),
        );
    const cases = fc
      .tuple(headers, rows)
      .chain(([names, cells]) =>
        fc
          .option(fc.tuple(columnFacts(cells.length), columnFacts(cells.length)), { nil: undefined })
          .map((read) => ({ names, cells, read })),
      );
    fc.assert(
      fc.property(cases, ({ names, cells, read }) => {
        const rows = cells.map((row) => row.slice(0, names.length));
        const facts: CellFacts = read
          ? new Map([
              [5, read[0]],
              [7, read[1]],
            ])
          : NO_FACTS;
        const routed = request(rows, names);
        assert.deepEqual(routeCells(routed, facts), clearingEveryZero(routed, facts));
      }),
      { numRuns: 300 },
    );
  });
});
