import assert from "node:assert/strict";
import { DEFAULT_BLOCK_SIZING, locateCohort, readCohortBlocks } from "../../src/excel";
import { createFakeExcel } from "../support/fake-excel";
import { cohortRows, HEADER, POLICY, writeCohort } from "./cohort-fixture";

describe("a sheet over Excel's 5,000,000-cell read cap", () => {
  const ROWS = 320_000;
  const rows = cohortRows(ROWS);
  const cells = (ROWS + 1) * HEADER.length;
  const web = createFakeExcel({ firstSheetName: "Cohort" });
  writeCohort(web.state, "Cohort", "A1", rows);

  it("is over the cap (the fake, like desktop Excel, returns nulls past it in one read)", async () => {
    const fake = createFakeExcel({ state: web.state, limits: { payloadLimitBytes: null } });
    const values = await fake.Excel.run(async (context) => {
      const used = context.workbook.worksheets.getActiveWorksheet().getUsedRange(true).load("values");
      await context.sync();
      return used.values;
    });
    assert.ok(cells > 5_000_000);
    assert.equal(values.flat().filter((v) => v === null).length, cells - 5_000_000);
    assert.equal(values[ROWS][HEADER.length - 1], null);
    assert.equal(values[0][0], "ID");
  });

  it("is read completely in blocks, each far below the cap and the 5 MB limit, with no null trusted", async () => {
    const fake = web;
    let rowsRead = 0;
    let blocks = 0;
    let lastRow: unknown[] = [];
    await fake.Excel.run(async (context) => {
      const location = await locateCohort(context, POLICY);
      for await (const block of readCohortBlocks(context, location)) {
        assert.ok(block.values.length * HEADER.length <= DEFAULT_BLOCK_SIZING.maxCellsPerBlock);
        assert.ok(block.values.every((row) => row.every((cell) => cell !== null)));
        rowsRead += block.values.length;
        lastRow = block.values[block.values.length - 1];
        blocks++;
      }
    });
    assert.equal(rowsRead, ROWS);
    assert.deepEqual(lastRow, rows[ROWS - 1]);
    assert.ok(fake.syncLog.every((s) => s.outcome === "ok" && s.responseBytes < 2_500_000));
    assert.ok(blocks > 1);
  });
});
