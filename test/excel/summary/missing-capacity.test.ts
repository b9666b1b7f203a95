import assert from "node:assert/strict";
import { createCapacitySheet, SummaryError, summariseWorkbook } from "../../../src/excel/summary";
import { getBundledPolicy } from "../../../src/policies";
import { AS_OF, fakeWithRoutedCohort, POLICY } from "./routed-sheet-fixture";

describe("when the workbook has no Capacity sheet", () => {
  const summarise = (fake: ReturnType<typeof fakeWithRoutedCohort>) =>
    fake.Excel.run((context) => summariseWorkbook(context, { policy: POLICY, asOf: AS_OF }));

  it("uses the policy's programme table and says which programmes are on defaults", async () => {
    const result = await summarise(fakeWithRoutedCohort(null));
    assert.equal(result.capacity.kind, "none");
    assert.equal(result.capacity.description, "the policy's defaults (no Capacity sheet)");
    assert.deepEqual(result.summary.programmesOnDefaults, ["LI", "HI"]);
    // HI defaults: 4 groups × 8 = 32 places; Bure 4 ÷ 32 = 0.125 → 0.13 (half away from zero).
    assert.deepEqual(
      result.summary.rows.map((row) => [row.programmeCode, row.site, row.placesAYear, row.pressure]),
      [
        ["LI", "Usk", 48, 0.02],
        ["HI", "Bure", 32, 0.13],
        ["HI", "Usk", 32, 0.06],
      ],
    );
  });

  it("creates a Capacity table pre-filled with the defaults, which the next summary reads", async () => {
    const fake = fakeWithRoutedCohort(null);
    const address = await fake.Excel.run((context) => createCapacitySheet(context, POLICY));
    assert.equal(address, "Capacity!A1:E7");
    const sheet = fake.state.sheet("Capacity");
    assert.deepEqual(
      [0, 1, 2].map((row) => [0, 1, 2, 3, 4].map((column) => sheet.getValue(row, column))),
      [
        ["Programme", "Site", "Groups per year", "Group size", "Weeks"],
        ["Low Intensity", "", 6, 8, ""],
        ["High Intensity", "", 4, 8, ""],
      ],
    );
    assert.deepEqual(
      fake.state.tables.map((t) => [t.name, t.sheet.name]),
      [["Capacity", "Capacity"]],
    );
    const result = await summarise(fake);
    assert.equal(result.capacity.kind, "table");
    assert.deepEqual(result.summary.programmesOnDefaults, []);
    assert.deepEqual(
      result.summary.rows.map((row) => row.capacitySource),
      ["all-sites row", "all-sites row", "all-sites row"],
    );
  });

  it("refuses to create a second Capacity sheet", async () => {
    const fake = fakeWithRoutedCohort();
    await assert.rejects(
      fake.Excel.run((context) => createCapacitySheet(context, POLICY)),
      (error: unknown) => error instanceof SummaryError && error.code === "CAPACITY_EXISTS",
    );
    assert.equal(fake.state.sheets.length, 2);
  });

  it("creates the Capacity table from the chosen policy's programme table, in its order", async () => {
    const fake = fakeWithRoutedCohort(null);
    const hmpps = getBundledPolicy("hmpps-2017");
    const address = await fake.Excel.run((context) => createCapacitySheet(context, hmpps));
    assert.equal(address, "Capacity!A1:E8");
    const sheet = fake.state.sheet("Capacity");
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6, 7].map((row) => [0, 2, 3].map((column) => sheet.getValue(row, column))),
      [
        ["Kaizen", 3, 10],
        ["Horizon", 4, 10],
        ["iHorizon", 4, 8],
        ["Becoming New Me Plus", 2, 8],
        ["New Me Strengths", 3, 8],
        ["Living as New Me", 4, 8],
        ["Healthy Sex Programme", 20, 1],
      ],
    );
  });
});
