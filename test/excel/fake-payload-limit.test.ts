import assert from "node:assert/strict";
import { createFakeExcel } from "../support/fake-excel";

describe("the fake Excel's 5 MB payload limit", () => {
  const rows = 120_000;
  const bigBlock = Array.from({ length: rows }, (_, i) => [`row ${i} with some text to make it long enough`, i]);

  it("refuses an oversized write with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("D1").values = [["applied only if the batch succeeds"]];
      sheet.getRangeByIndexes(0, 0, rows, 2).values = bigBlock;
      await assert.rejects(context.sync(), { code: "RequestPayloadSizeLimitExceeded" });
    });
    const sheet = fake.state.sheet("Sheet1");
    assert.equal(sheet.usedBox(false), null, "nothing of the refused batch was written");
    assert.ok(fake.syncLog[0].requestBytes > 5_000_000);
    assert.equal(fake.syncLog[0].outcome, "RequestPayloadSizeLimitExceeded");
  });

  it("refuses an oversized response and rolls back the writes of that batch", async () => {
    const fake = createFakeExcel();
    fake.state.writeCells("Sheet1", "A1", bigBlock);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("D1").values = [["rolled back"]];
      const range = sheet.getRangeByIndexes(0, 0, rows, 2).load("values");
      await assert.rejects(context.sync(), { code: "RequestPayloadSizeLimitExceeded" });
      assert.throws(() => range.values, { code: "PropertyNotLoaded" });
    });
    assert.equal(fake.state.sheet("Sheet1").getValue(0, 3), "");
    assert.ok(fake.syncLog[0].responseBytes > 5_000_000);
  });

  it("accepts the same data in two halves and logs each payload", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      for (const start of [0, rows / 2]) {
        sheet.getRangeByIndexes(start, 0, rows / 2, 2).values = bigBlock.slice(start, start + rows / 2);
        await context.sync();
      }
    });
    assert.equal(fake.syncCount, 2);
    assert.ok(fake.syncLog.every((s) => s.outcome === "ok" && s.requestBytes < 5_000_000));
    assert.equal(fake.state.sheet("Sheet1").getValue(rows - 1, 1), rows - 1);
  });
});
