import assert from "node:assert/strict";
import { DEFAULT_BLOCK_SIZING, locateCohort, readCohortBlocks } from "../../src/excel";
import type { CohortBlock } from "../../src/excel";
import { cohortRows, fakeWithCohort, HEADER, POLICY } from "./cohort-fixture";

describe("reading 100,000 rows × 16 columns in blocks", () => {
  const ROWS = 100_000;
  const rows = cohortRows(ROWS);
  const fake = fakeWithCohort(rows);
  const sheet = fake.state.sheet("Cohort");
  const ogrs = HEADER.indexOf("OGRS3");
  for (let r = 1; r <= ROWS; r += 1000) sheet.setFormat(r, ogrs, "0%");
  const blocks: CohortBlock[] = [];
  const progress: number[] = [];
  let syncsBeforeReading = 0;

  before(async () => {
    await fake.Excel.run(async (context) => {
      const location = await locateCohort(context, POLICY);
      syncsBeforeReading = fake.syncCount;
      const onProgress = (done: number) => progress.push(done);
      for await (const block of readCohortBlocks(context, location, { onProgress })) blocks.push(block);
    });
  });

  it("returns every row once, in order, with 16 columns in every block", () => {
    assert.equal(
      blocks.reduce((n, b) => n + b.values.length, 0),
      ROWS,
    );
    blocks.forEach((block, i) => {
      assert.equal(block.firstRow, i === 0 ? 0 : blocks[i - 1].firstRow + blocks[i - 1].values.length);
      assert.ok(block.values.every((row) => row.length === 16));
    });
    const last = blocks[blocks.length - 1];
    assert.deepEqual(last.values[last.values.length - 1], rows[ROWS - 1]);
    assert.equal(progress[progress.length - 1], ROWS);
  });

  it("keeps every request and response under 5 MB, with one sync per block", () => {
    const reads = fake.syncLog.slice(syncsBeforeReading);
    assert.equal(reads.length, blocks.length);
    const largest = Math.max(...reads.map((s) => Math.max(s.requestBytes, s.responseBytes)));
    assert.ok(largest < 5_000_000 * 0.5, `largest payload ${largest} bytes`);
    assert.ok(reads.every((s) => s.outcome === "ok"));
  });

  it("sizes blocks from the data: a small first block, then as many rows as the target allows", () => {
    const reads = fake.syncLog.slice(syncsBeforeReading);
    const bytesPerRow = Math.max(...reads.map((s, i) => s.responseBytes / blocks[i].values.length));
    const expected = 1 + Math.ceil((ROWS - blocks[0].values.length) / (DEFAULT_BLOCK_SIZING.targetBytes / bytesPerRow));
    assert.ok(blocks.length <= expected + 1 && blocks.length >= expected - 2, `${blocks.length} blocks, ~${expected}`);
    assert.ok(blocks[1].values.length > blocks[0].values.length * 2);
  });

  it("marks %-formatted cells for the row parser", () => {
    assert.equal(blocks[0].facts[0].percent?.[ogrs], true);
    assert.equal(blocks[0].facts[1].percent?.[ogrs], false);
    assert.equal(blocks[0].facts[0].percent?.[0], false);
  });
});
