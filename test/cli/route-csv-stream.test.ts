import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { separatorOfLine, sniffSeparator } from "../../src/cli/csv-separator";
import { outputRows } from "../../src/cli/output-table";
import { readCsvCells } from "../../src/cli/read-cohort-file";
import { routeCsvStream } from "../../src/cli/route-csv-stream";
import { toCsv, writeCsvChunks } from "../../src/cli/write-csv";
import { routeTable } from "../../src/engine";
import { parseIsoDay } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { generateCohort, SAMPLE_HEADERS } from "../../src/sample/generate-cohort";

const policy = getBundledPolicy();
const asOf = parseIsoDay("2014-01-01") as number;
const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-stream-"));
let files = 0;

function fileOf(text: string): string {
  const file = path.join(dir, `cohort-${files++}.csv`);
  writeFileSync(file, text);
  return file;
}

/** What `sotp route` wrote before streaming: the whole file read, routed as one table, written chunk by chunk. */
function wholeFileOutput(file: string): string {
  const rows = readCsvCells(file);
  const routed = routeTable(rows, { policy, asOf });
  assert.ok(routed.ok);
  let out = "";
  writeCsvChunks(outputRows(rows, routed), (chunk) => (out += chunk));
  return out;
}

async function streamedOutput(file: string): Promise<string> {
  let out = "";
  const settings = { policy, asOf, progress: () => undefined, stderr: new PassThrough() };
  await routeCsvStream(file, sniffSeparator(file), settings, (c) => (out += c));
  return out;
}

/** A generated cohort with every fifth ID repeated (V-3), blank rows, a title row above the header and odd cells. */
function messyCohort(rows: number, seed: number): string[][] {
  const cells = generateCohort({ rows, seed });
  for (let i = 5; i < cells.length; i += 5)
    cells[i][0] = i % 10 === 0 ? ` ${cells[i - 3][0].toLowerCase()}` : cells[1][0];
  for (let i = 7; i < cells.length; i += 50) cells[i] = cells[i].map(() => "");
  cells[3][15] = 'HMP "Bure", wing\nB';
  return [["Cohort extract, 2014"], [...SAMPLE_HEADERS, "Programme", "Notes"], ...cells.map((r) => [...r, "old", "n"])];
}

describe("sotp route, CSV streamed", () => {
  it("writes byte for byte what routing the whole file wrote, duplicate IDs (V-3) included", async () => {
    for (const [rows, seed] of [
      [3_000, 1],
      [25_000, 2],
    ]) {
      const file = fileOf(toCsv(messyCohort(rows, seed)));
      const streamed = await streamedOutput(file);
      assert.equal(streamed, wholeFileOutput(file));
      assert.match(streamed, /V-3: ID .* appears on \d+ rows/);
    }
  });

  it("gives the same bytes for CRLF line ends, a BOM and a file without a final line end", async () => {
    const text = toCsv(messyCohort(800, 3));
    for (const variant of [`\ufeff${text}`, text.replace(/\n/g, "\r\n"), text.slice(0, -1)]) {
      const file = fileOf(variant);
      assert.equal(await streamedOutput(file), wholeFileOutput(file));
    }
  });

  it("reads an odd file (mixed line ends) with csv-parse, to the same bytes, and reports csv-parse's errors", async () => {
    const text = toCsv(messyCohort(300, 4));
    let lines = 0;
    const mixed = fileOf(text.replace(/\n(?=A10)/g, (line) => (lines++ % 2 === 0 ? "\r\n" : line)));
    assert.equal(await streamedOutput(mixed), wholeFileOutput(mixed));
    const broken = fileOf(text.replace("HMP Usk", 'HMP 5" Usk'));
    const error = (() => {
      try {
        wholeFileOutput(broken);
      } catch (thrown) {
        return thrown as Error;
      }
    })();
    await assert.rejects(streamedOutput(broken), { message: error?.message });
  });

  it("reads a semicolon- or tab-separated file by its separator, to the output of the comma-separated one", async () => {
    const rows = generateCohort({ rows: 200, seed: 5 });
    const comma = await streamedOutput(fileOf(toCsv([[...SAMPLE_HEADERS], ...rows])));
    for (const char of [";", "\t"]) {
      const quoted = (cell: string) => (cell.includes(char) ? `"${cell}"` : cell);
      const text = [[...SAMPLE_HEADERS], ...rows].map((r) => `${r.map(quoted).join(char)}\n`).join("");
      assert.equal(await streamedOutput(fileOf(text)), comma);
    }
  });

  it("names the separator when a semicolon-separated file still lacks a required column", async () => {
    const file = fileOf("ID;Offence;Age\nA1;Contact;40\n");
    await assert.rejects(streamedOutput(file), /missing.*\(read as a semicolon-separated file\)/i);
    assert.deepEqual(
      ["a,b;c", "a;b;c", "a\tb\tc;d", ""].map((line) => separatorOfLine(line).name),
      ["comma", "semicolon", "tab", "comma"],
    );
  });
});
