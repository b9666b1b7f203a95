import assert from "node:assert/strict";
import { createFakeExcel } from "../support/fake-excel";

describe("the fake Excel's load and sync discipline", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const fake = createFakeExcel();
    fake.state.writeCells("Sheet1", "A1", [["ID", 7]]);
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1");
      assert.throws(() => range.values, { code: "PropertyNotLoaded" });
      range.load("values");
      assert.throws(() => range.values, { code: "PropertyNotLoaded" });
      await context.sync();
      assert.deepEqual(range.values, [["ID", 7]]);
      assert.throws(() => range.address, { code: "PropertyNotLoaded" });
    });
  });

  it("applies writes only at sync, and counts one sync per request", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("B2").values = [["queued"]];
      assert.equal(fake.state.sheet("Sheet1").getValue(1, 1), "");
      await context.sync();
      assert.equal(fake.state.sheet("Sheet1").getValue(1, 1), "queued");
      await context.sync();
    });
    assert.equal(fake.syncCount, 1, "an empty sync sends nothing");
    assert.deepEqual(fake.syncLog[0].methods, ["set values"]);
  });

  it("gives null objects for missing items and fails the sync for getItem", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope").load("name");
      await context.sync();
      assert.equal(missing.isNullObject, true);
      context.workbook.worksheets.getItem("Nope").load("name");
      await assert.rejects(context.sync(), { code: "ItemNotFound" });
    });
  });

  it("flushes queued writes when the batch ends, as Excel.run does", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["12"]];
    });
    assert.equal(fake.state.sheet("Sheet1").getValue(0, 0), 12, "numeric text is stored as a number");
  });
});
