import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import fc from "fast-check";
import { sniffSeparator } from "../../src/cli/csv-separator";
import { outputRows } from "../../src/cli/output-table";
import { readCsvCells } from "../../src/cli/read-cohort-file";
import { routeCsvStream } from "../../src/cli/route-csv-stream";
import { writeCsvChunks } from "../../src/cli/write-csv";
import { routeTable } from "../../src/engine";
import { parseIsoDay } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { generateCohort, SAMPLE_HEADERS } from "../../src/sample/generate-cohort";

const policy = getBundledPolicy();
const asOf = parseIsoDay("2014-01-01") as number;
const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-span-"));
let files = 0;

/** The whole-file output (read, routed as one table, written) and the streamed one, of the same text. */
async function bothOutputs(text: string): Promise<[string, string]> {
  const file = path.join(dir, `cohort-${files++}.csv`);
  writeFileSync(file, text);
  const rows = readCsvCells(file);
  const routed = routeTable(rows, { policy, asOf });
  assert.ok(routed.ok);
  let whole = "";
  writeCsvChunks(outputRows(rows, routed), (chunk) => (whole += chunk));
  let streamed = "";
  const settings = { policy, asOf, progress: () => undefined, stderr: new PassThrough() };
  await routeCsvStream(file, sniffSeparator(file), settings, (chunk) => (streamed += chunk));
  return [whole, streamed];
}

/** Cells that a line written as read would get wrong: formula starts, plain signed numbers, short rows. */
const ODD_CELLS = ["=1+1", "-5", "+44", "@home", "\tx", "-", "+", "=", "-1.5", "a,b", 'say "hi"'];

describe("sotp route, CSV streamed: records written as their lines", () => {
  it("writes what the whole-file path writes for cells that need escaping and for short or long rows", async () => {
    const rows = generateCohort({ rows: 60, seed: 7 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            row: fc.nat({ max: rows.length - 1 }),
            column: fc.nat({ max: SAMPLE_HEADERS.length + 2 }),
            cell: fc.constantFrom(...ODD_CELLS),
          }),
          { maxLength: 8 },
        ),
        fc.array(fc.nat({ max: rows.length - 1 }), { maxLength: 4 }),
        async (edits, shortened) => {
          const cells = rows.map((row) => [...row]);
          for (const { row, column, cell } of edits) cells[row][column] = cell;
          for (const row of shortened) cells[row] = cells[row].slice(0, 5);
          const quoted = (cell: string | undefined) => {
            const text = cell ?? "";
            return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
          };
          const text = [[...SAMPLE_HEADERS], ...cells].map((row) => `${Array.from(row, quoted).join(",")}\n`).join("");
          const [whole, streamed] = await bothOutputs(text);
          assert.equal(streamed, whole);
        },
      ),
      { numRuns: 40 },
    );
  });
});
