import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { csvCellText, toCsv } from "../../src/cli/write-csv";

const cell = fc.oneof(
  fc.string(),
  fc.constantFrom("", "a,b", 'say "hi"', "line\nbreak", "cr\rhere", "=SUM(A1)", "-5", "@x", " padded "),
);
const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });

describe("writing CSV", () => {
  it("reads back with csv-parse as the neutralised cells, whatever the cells hold", () => {
    fc.assert(
      fc.property(rows, (table) => {
        const expected = table.map((row) => row.map(csvCellText));
        assert.deepEqual(parse(toCsv(table), { relax_column_count: true }), expected);
      }),
      { numRuns: 300 },
    );
  });

  it("writes the same bytes as csv-stringify would, except that it also quotes a carriage return", () => {
    fc.assert(
      fc.property(rows, (table) => {
        fc.pre(table.every((row) => row.every((text) => !text.includes("\r"))));
        const viaLibrary = stringify(
          table.map((row) => row.map(csvCellText)),
          { record_delimiter: "\n" },
        );
        assert.equal(toCsv(table), viaLibrary);
      }),
      { numRuns: 300 },
    );
  });

  it("quotes only fields holding a quote, comma or line break", () => {
    assert.equal(
      toCsv([["plain", "a,b", 'q"q', "two\nlines", " spaced "]]),
      'plain,"a,b","q""q","two\nlines", spaced \n',
    );
  });
});
