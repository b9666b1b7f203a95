import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { CsvRecords, UnusualCsv } from "../../src/cli/csv-records";

const OPTIONS = { bom: true, relax_column_count: true, skip_empty_lines: false };

/** Records read by feeding the text in the given pieces; UnusualCsv when the fast reader leaves it to csv-parse. */
function readInPieces(text: string, cuts: number[], delimiter = ","): string[][] | UnusualCsv {
  const reader = new CsvRecords(delimiter);
  const records: string[][] = [];
  let from = 0;
  try {
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      records.push(...reader.push(text.slice(from, Math.max(from, cut))));
      from = Math.max(from, cut);
    }
    records.push(...reader.push(text.slice(from)), ...reader.end());
    return records;
  } catch (error) {
    if (error instanceof UnusualCsv) return error;
    throw error;
  }
}

const csvText = fc
  .array(fc.constantFrom("a", "b c", ",", ";", '"', '""', "\n", "\r\n", "\r", "\ufeff", "é", ""), { maxLength: 40 })
  .map((parts) => parts.join(""));
const cutsOf = (text: string) => fc.array(fc.nat({ max: text.length }), { maxLength: 5 });

/** As readInPieces, picking `columns` from the piece `pickFrom` on; also each record's width and line. */
function pickInPieces(text: string, cuts: number[], columns: number[], pickFrom: number, delimiter = ",") {
  const reader = new CsvRecords(delimiter);
  const out = { records: [] as string[][], widths: [] as number[], lines: [] as (string | null)[] };
  const take = (records: string[][]) => {
    out.records.push(...records);
    out.widths.push(...reader.widths);
    out.lines.push(...reader.lines);
  };
  const pieces: string[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    pieces.push(text.slice(from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  pieces.push(text.slice(from));
  try {
    pieces.forEach((piece, index) => {
      if (index === pickFrom) reader.pickColumns(columns);
      take(reader.push(piece));
    });
    take(reader.end());
    return out;
  } catch (error) {
    if (error instanceof UnusualCsv) return error;
    throw error;
  }
}

describe("the fast CSV reader", () => {
  it("picks columns as csv-parse reads them, counts every field and keeps the lines without quotes", () => {
    let read = 0;
    const columns = fc.uniqueArray(fc.nat({ max: 4 }), { maxLength: 3 });
    fc.assert(
      fc.property(
        csvText.chain((text) => fc.tuple(fc.constant(text), cutsOf(text), columns, fc.nat({ max: 6 }))),
        fc.constantFrom(",", ";"),
        ([text, cuts, picked, pickFrom], delimiter) => {
          const fast = pickInPieces(text, cuts, picked, pickFrom, delimiter);
          const whole = readInPieces(text, [], delimiter);
          assert.equal(fast instanceof UnusualCsv, whole instanceof UnusualCsv, JSON.stringify(text));
          if (fast instanceof UnusualCsv || whole instanceof UnusualCsv) return;
          read++;
          const expected: string[][] = parse(text, { ...OPTIONS, delimiter });
          assert.equal(fast.records.length, expected.length);
          expected.forEach((record, i) => {
            assert.equal(fast.widths[i], record.length, JSON.stringify(text));
            const got = fast.records[i];
            if (got.length === record.length && Array.from(got).every((cell) => cell !== undefined)) {
              assert.deepEqual(got, record);
              if (fast.lines[i] !== null) assert.deepEqual(fast.lines[i]?.split(delimiter), record);
            } else for (const column of picked) assert.equal(got[column], record[column], JSON.stringify(text));
          });
        },
      ),
      { numRuns: 3000 },
    );
    assert.ok(read > 1000, `only ${read} texts read by the fast reader`);
  });

  it("gives csv-parse's records for any text it reads, however the text is cut into chunks", () => {
    let read = 0;
    fc.assert(
      fc.property(
        csvText.chain((text) => fc.tuple(fc.constant(text), cutsOf(text))),
        ([text, cuts]) => {
          const fast = readInPieces(text, cuts);
          if (fast instanceof UnusualCsv) return;
          read++;
          assert.deepEqual(fast, parse(text, OPTIONS), JSON.stringify(text));
        },
      ),
      { numRuns: 3000 },
    );
    assert.ok(read > 1000, `only ${read} texts read by the fast reader`);
  });

  it("reads ordinary files itself: LF or CRLF line ends, RFC 4180 quotes, a BOM, empty lines, no final line end", () => {
    const text = '\ufeffID,Name\r\n1,"a, ""b""\r\nc"\r\n\r\n2,x';
    assert.deepEqual(readInPieces(text, [3, 17, 18]), parse(text, OPTIONS));
    assert.deepEqual(readInPieces("a;b\n1;2\n", [], ";"), [
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("leaves odd files to csv-parse: a quote inside a field, mixed line ends, a lone carriage return", () => {
    for (const text of ['a"b,c\n', "a\nb\r\nc\n", "a\rb\rc", '"a"b\n', '"unclosed\n'])
      assert.ok(readInPieces(text, []) instanceof UnusualCsv, JSON.stringify(text));
  });
});
