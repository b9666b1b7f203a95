import assert from "node:assert/strict";
import { closeSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { lastRecordEnd, readCsvBlocks } from "../../src/cli/csv-blocks";
import { CsvRecords, UnusualCsv } from "../../src/cli/csv-records";

const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-blocks-"));
let files = 0;

function blocksOf(text: string, blockBytes: number): Buffer[] {
  const file = path.join(dir, `blocks-${files++}.csv`);
  writeFileSync(file, text);
  const fd = openSync(file, "r");
  try {
    return [...readCsvBlocks(fd, blockBytes)].map(({ memory, length }) => Buffer.from(memory, 0, length));
  } finally {
    closeSync(fd);
  }
}

/** Records of the text read whole, and read block by block (each block from a record boundary on). */
function recordsBothWays(text: string, blocks: Buffer[]): [string[][] | null, string[][] | null] {
  const read = (parts: string[]) => {
    try {
      const first = new CsvRecords(",");
      const records = [...first.push(parts[0] ?? ""), ...first.end()];
      const crlf = first.crlfLines;
      for (const part of parts.slice(1)) {
        assert.notEqual(crlf, null, "a block after the first, though the first held no line end");
        const reader = new CsvRecords(",", { crlf: crlf as boolean });
        records.push(...reader.push(part), ...reader.end());
      }
      return records;
    } catch (error) {
      if (error instanceof UnusualCsv) return null;
      throw error;
    }
  };
  return [read([text]), read(blocks.map((block) => block.toString("utf8")))];
}

const csvText = fc
  .array(fc.constantFrom("a", "b c", ",", '"', '""', '"x\ny"', '"p\r\nq"', "\n", "\r\n", "é€", "\ufeff", ""), {
    maxLength: 60,
  })
  .map((parts) => parts.join(""));

describe("CSV blocks cut at record boundaries", () => {
  it("are the file's bytes, each block whole records: the fast reader reads the same records block by block", () => {
    let read = 0;
    fc.assert(
      fc.property(csvText, fc.integer({ min: 1, max: 24 }), (text, blockBytes) => {
        const blocks = blocksOf(text, blockBytes);
        assert.deepEqual(Buffer.concat(blocks), Buffer.from(text, "utf8"));
        for (const block of blocks.slice(0, -1)) assert.equal(block[block.length - 1], 0x0a);
        const [whole, inBlocks] = recordsBothWays(text, blocks);
        if (whole === null) return; // left to csv-parse, which never reads in blocks
        read++;
        assert.deepEqual(inBlocks, whole, JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
    assert.ok(read > 500, `only ${read} texts read by the fast reader`);
  });

  it("never end inside quotes: a line feed in a quoted field is not a record's end", () => {
    const bytes = (text: string) => Buffer.from(text, "utf8");
    assert.equal(lastRecordEnd(bytes('a,"x\ny"\nb,"c\nd')), 8);
    assert.equal(lastRecordEnd(bytes('a,"x\n""y""\n')), -1);
    assert.equal(lastRecordEnd(bytes("no line end")), -1);
    assert.deepEqual(
      blocksOf('ID,Note\n1,"two\nlines"\n2,x\n', 4).map((block) => block.toString()),
      ["ID,Note\n", '1,"two\nlines"\n', "2,x\n"],
    );
  });
});
