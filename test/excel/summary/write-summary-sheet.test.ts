import assert from "node:assert/strict";
import { excelSerialFromDay } from "../../../src/parsing";
import { SUMMARY_SHEET_NAME, summariseWorkbook, writeSummarySheet } from "../../../src/excel/summary";
import { FakeExcel } from "../../support/fake-excel";
import { AS_OF, fakeWithRoutedCohort, POLICY } from "./routed-sheet-fixture";

function snapshotOtherSheets(fake: FakeExcel): unknown {
  return fake.state.sheets
    .filter((sheet) => sheet.name !== SUMMARY_SHEET_NAME)
    .map((sheet) => ({
      name: sheet.name,
      values: [...sheet.values].map(([row, cells]) => [row, [...cells]]),
      formats: [...sheet.formats].map(([row, cells]) => [row, [...cells]]),
      rangeFormats: [...sheet.rangeFormats],
      charts: sheet.charts,
    }));
}

function rowsOf(fake: FakeExcel, from: number, to: number, columns: number): unknown[][] {
  const sheet = fake.state.sheet(SUMMARY_SHEET_NAME);
  return Array.from({ length: to - from + 1 }, (_, r) =>
    Array.from({ length: columns }, (__, c) => sheet.getValue(from + r, c)),
  );
}

describe("writing the SOTP Summary sheet, then writing it again", () => {
  const fake = fakeWithRoutedCohort();
  const write = () =>
    fake.Excel.run(async (context) => {
      const result = await summariseWorkbook(context, { policy: POLICY, asOf: AS_OF });
      await writeSummarySheet(context, result);
    });
  let otherSheetsBefore: unknown;

  before(async () => {
    otherSheetsBefore = snapshotOtherSheets(fake);
    await write();
  });

  it("writes the facts and the summary table with numbers Excel can chart", () => {
    assert.deepEqual(rowsOf(fake, 1, 5, 2), [
      ["As of", excelSerialFromDay(AS_OF)],
      ["Policy", "foi-86525@1.0.0"],
      ["Cohort", "Cohort!A1:L11"],
      ["Capacity", 'sheet "Capacity"'],
      ["On defaults", "Low Intensity"],
    ]);
    assert.deepEqual(rowsOf(fake, 7, 10, 12), [
      [
        ...["Programme", "Site", "Demand", "Deferred", "Places a year", "Pressure", "RAG", "Wait weeks", "At risk"],
        ...["Unavoidable", "Groups needed", "Groups for green"],
      ],
      ["Low Intensity", "Usk", 1, 0, 48, 0.02, "green", 0, 0, 0, 1, 1],
      ["High Intensity", "Bure", 4, 1, 4, 1, "amber", 26, 2, 2, 2, 3],
      ["High Intensity", "Usk", 2, 0, 4, 0.5, "green", 13, 0, 0, 1, 3],
    ]);
    const sheet = fake.state.sheet(SUMMARY_SHEET_NAME);
    assert.equal(sheet.getFormat(9, 5), "0.00", "pressure shows 2 decimals");
    assert.equal(sheet.rangeFormats.get("G10")?.["fill.color"], "#FFEB9C", "amber fill behind the word amber");
  });

  it("adds one clustered column chart of demand against places a year", () => {
    const sheet = fake.state.sheet(SUMMARY_SHEET_NAME);
    assert.equal(sheet.charts.length, 1);
    const [chart] = sheet.charts;
    assert.equal(chart.type, "ColumnClustered");
    assert.equal(chart.source, "'SOTP Summary'!N8:P11");
    assert.equal(chart.seriesBy, "Columns");
    assert.equal(chart.title, "Demand against places a year");
    assert.deepEqual(rowsOf(fake, 8, 8, 16).flat().slice(13), ["Low Intensity (Usk)", 1, 48]);
  });

  it("rewrites its own sheet in place: one sheet, one chart, no rows left over", async () => {
    // P7 moves to Bure and P8 is no longer eligible: two rows now, and the old third row must be gone.
    const cohort = fake.state.sheet("Cohort");
    cohort.setValue(7, 4, "Bure");
    cohort.setValue(8, 5, "None");
    cohort.setValue(8, 6, "Not eligible");
    otherSheetsBefore = snapshotOtherSheets(fake);
    const position = fake.state.sheets.findIndex((s) => s.name === SUMMARY_SHEET_NAME);
    await write();
    assert.equal(
      fake.state.sheets.findIndex((s) => s.name === SUMMARY_SHEET_NAME),
      position,
    );
    assert.equal(fake.state.sheets.length, 3);
    assert.equal(fake.state.sheet(SUMMARY_SHEET_NAME).charts.length, 1);
    assert.deepEqual(rowsOf(fake, 8, 10, 5), [
      ["High Intensity", "Bure", 5, 1, 4],
      ["High Intensity", "Usk", 1, 0, 4],
      ["", "", "", "", ""],
    ]);
    assert.equal(fake.state.sheet(SUMMARY_SHEET_NAME).charts[0].source, "'SOTP Summary'!N8:P10");
    assert.deepEqual(rowsOf(fake, 5, 5, 2), [["On defaults", "none"]]);
  });

  it("never touches the other sheets", () => {
    assert.deepEqual(snapshotOtherSheets(fake), otherSheetsBefore);
  });
});
