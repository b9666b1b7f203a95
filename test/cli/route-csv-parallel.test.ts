import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { sniffSeparator } from "../../src/cli/csv-separator";
import { routeCsvStream, StreamOptions } from "../../src/cli/route-csv-stream";
import { toCsv } from "../../src/cli/write-csv";
import { parseIsoDay } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { generateCohort, SAMPLE_HEADERS } from "../../src/sample/generate-cohort";

const asOf = parseIsoDay("2014-01-01") as number;
const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-parallel-"));
let files = 0;

function fileOf(text: string): string {
  const file = path.join(dir, `cohort-${files++}.csv`);
  writeFileSync(file, text);
  return file;
}

/** The output and counts of a streamed route, on one thread or (`blockBytes`) on two, in blocks of that size. */
async function routed(file: string, blockBytes?: number) {
  const policy = getBundledPolicy();
  let text = "";
  const settings: StreamOptions = { policy, asOf, progress: () => undefined, stderr: new PassThrough() };
  if (blockBytes !== undefined) settings.blockBytes = blockBytes;
  const chunks: (string | Uint8Array)[] = [];
  const { statusCounts } = await routeCsvStream(file, sniffSeparator(file), settings, (chunk) => {
    chunks.push(chunk);
    text += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
  });
  return { text, statusCounts, workerChunks: chunks.filter((chunk) => typeof chunk !== "string").length };
}

/** A title row, repeated IDs (V-3), blank rows, quoted cells with commas, quotes and line breaks. */
function messyCohort(rows: number, seed: number): string {
  const cells = generateCohort({ rows, seed });
  for (let i = 5; i < cells.length; i += 5) cells[i][0] = i % 10 === 0 ? ` ${cells[i - 3][0].toLowerCase()}` : "A1";
  for (let i = 7; i < cells.length; i += 50) cells[i] = cells[i].map(() => "");
  for (let i = 3; i < cells.length; i += 97) cells[i][15] = 'HMP "Bure", wing\nB';
  return toCsv([["Cohort extract, 2014"], [...SAMPLE_HEADERS, "Notes"], ...cells.map((r) => [...r, "n"])]);
}

describe("sotp route, CSV streamed on two threads", () => {
  it("writes the one-thread bytes and counts, in order, with the worker routing some blocks", async () => {
    const file = fileOf(messyCohort(3_000, 7));
    const one = await routed(file);
    for (const blockBytes of [64, 4_096, 50_000]) {
      const two = await routed(file, blockBytes);
      assert.ok(two.workerChunks > 0, `no block routed by the worker (${blockBytes}-byte blocks)`);
      assert.equal(two.text, one.text);
      assert.deepEqual(Object.entries(two.statusCounts), Object.entries(one.statusCounts));
    }
    assert.match(one.text, /V-3: ID .* appears on \d+ rows/);
  });

  it("gives the same bytes for CRLF line ends, a BOM and a file without a final line end", async () => {
    const text = messyCohort(1_500, 8);
    for (const variant of [`\ufeff${text}`, text.replace(/\n/g, "\r\n"), text.slice(0, -1)]) {
      const file = fileOf(variant);
      assert.equal((await routed(file, 2_000)).text, (await routed(file)).text);
    }
  });

  it("routes a semicolon-separated file and one whose header row comes after the first block", async () => {
    const rows = generateCohort({ rows: 400, seed: 9 });
    const semicolons = [[...SAMPLE_HEADERS], ...rows].map((r) => `${r.join(";")}\n`).join("");
    const titled = `${"Title\n".repeat(15)}${toCsv([[...SAMPLE_HEADERS], ...rows])}`;
    for (const file of [fileOf(semicolons), fileOf(titled)]) {
      const two = await routed(file, 300);
      assert.ok(two.workerChunks > 0);
      assert.equal(two.text, (await routed(file)).text);
    }
  });
});
