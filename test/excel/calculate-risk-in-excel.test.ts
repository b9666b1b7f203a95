import assert from "node:assert/strict";
import { CALCULATOR_OUTPUT_COLUMNS } from "../../src/calculators";
import { calculateRiskInExcel, ExcelLayerError } from "../../src/excel";
import { createFakeExcel, FakeExcel, StoredValue } from "../support/fake-excel";
import { assertExampleOutputs, CALCULATOR_INPUT_COLUMNS, readCalculatorExamples } from "../support/calculator-examples";
import { snapshotSheet } from "./cohort-fixture";

const { rows, records } = readCalculatorExamples();
/** Numbers as Excel holds them; everything else as text. */
const asStored = (text: string): StoredValue => (text !== "" && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
/** The inputs and Note of the 22 examples. */
const INPUTS = rows.map((row) => row.slice(0, CALCULATOR_INPUT_COLUMNS + 1).map(asStored));
const WIDTH = CALCULATOR_INPUT_COLUMNS + 1;

function fakeWithExamples(cells: StoredValue[][] = INPUTS): FakeExcel {
  const fake = createFakeExcel({ firstSheetName: "Cohort" });
  fake.state.writeCells("Cohort", "B3", cells);
  fake.state.writeCells("Cohort", "B1", [["Risk items, March"]]);
  return fake;
}

const calculate = (fake: FakeExcel) => fake.Excel.run((context) => calculateRiskInExcel(context));

describe("calculating risk scores on a sheet", () => {
  it("writes the 15 columns after the inputs, below the title, with every expected output", async () => {
    const fake = fakeWithExamples();
    const outcome = await calculate(fake);
    const sheet = fake.state.sheet("Cohort");
    const first = 1 + WIDTH;
    assert.deepEqual(
      CALCULATOR_OUTPUT_COLUMNS.map((_, i) => sheet.getValue(2, first + i)),
      [...CALCULATOR_OUTPUT_COLUMNS],
    );
    records.forEach((record, r) => {
      const cells = CALCULATOR_OUTPUT_COLUMNS.map((_, i) => sheet.getValue(3 + r, first + i));
      assertExampleOutputs(cells, record, "Excel");
    });
    assert.equal(typeof sheet.getValue(10, first + CALCULATOR_OUTPUT_COLUMNS.indexOf("OSP/DC %")), "number");
    assert.equal(sheet.getFormat(10, first + CALCULATOR_OUTPUT_COLUMNS.indexOf("OSP/DC %")), "0.00");
    assert.equal(outcome.rowCount, 22);
    assert.deepEqual(outcome.tallies[0], { name: "OGRS3", scored: 7, notApplicable: 0, invalid: 3 });
    assert.deepEqual(
      outcome.rowsToReview.map((row) => row.sheetRow),
      [9, 10, 18, 25],
    );
    assert.deepEqual(outcome.rowsToReview[3].reasons, [
      "OGRS3: Age at start of follow-up is blank",
      "OSP/DC: Age at start of follow-up is blank",
      "RM2000/s: Age at start of follow-up is blank",
    ]);
  });

  it("leaves the sheet identical when run again, updating its own columns in place", async () => {
    const fake = fakeWithExamples();
    await calculate(fake);
    const once = snapshotSheet(fake, "Cohort");
    const second = await calculate(fake);
    assert.deepEqual(second.plan.reused, [...CALCULATOR_OUTPUT_COLUMNS]);
    assert.deepEqual(snapshotSheet(fake, "Cohort"), once);
  });

  it("clears a value an earlier run wrote when the row no longer gives one", async () => {
    const fake = fakeWithExamples();
    await calculate(fake);
    const sheet = fake.state.sheet("Cohort");
    sheet.setValue(3, 1 + 2, ""); // E001: Age at start of follow-up now blank
    await calculate(fake);
    assert.equal(sheet.getValue(3, 1 + WIDTH), "", "OGRS3 1yr % cleared");
    assert.equal(sheet.getValue(3, 1 + WIDTH + 2), "Invalid");
  });

  it("adds only the columns of calculators with a trigger column, and extends a table once", async () => {
    const fake = createFakeExcel({ firstSheetName: "Cohort" });
    fake.state.writeCells("Cohort", "A1", [
      ["ID", "Contact adult sanctions", "Contact child sanctions", "Non-contact sanctions", "IIOC sanctions"],
      ["A1", 0, 1, 0, 0],
      ["A2", 0, 0, 0, 2],
    ]);
    fake.state.addTable(fake.state.sheet("Cohort"), { r0: 0, c0: 0, r1: 2, c1: 4 }, "Items");
    const outcome = await calculate(fake);
    assert.deepEqual(outcome.mapping.outputColumns.slice(4), ["OSP/IIC %", "OSP/IIC band", "OSP/IIC message"]);
    assert.equal(outcome.mapping.outputColumns.length, 7, "OSP/DC and OSP/IIC");
    const table = fake.state.tables.find((t) => t.name === "Items");
    assert.deepEqual(table?.box, { r0: 0, c0: 0, r1: 2, c1: 11 });
    assert.equal(fake.state.sheet("Cohort").getValue(2, 9), 10.31);
  });

  it("stops before writing anything when cells are in the way, naming them", async () => {
    const fake = fakeWithExamples();
    fake.state.sheet("Cohort").setValue(12, 1 + WIDTH + 3, "a note");
    const before = snapshotSheet(fake, "Cohort");
    await assert.rejects(
      calculate(fake),
      (e: ExcelLayerError) => e.code === "OUTPUT_BLOCKED" && e.cells.join() === "Cohort!AA13",
    );
    assert.deepEqual(snapshotSheet(fake, "Cohort"), before);
  });

  it("finds no header row on a sheet, and says what is needed in a table, when no column feeds a calculator", async () => {
    const fake = createFakeExcel({ firstSheetName: "Cohort" });
    fake.state.writeCells("Cohort", "A1", [
      ["ID", "Offence", "RM2000/s", "Age at release"],
      ["A1", "Contact", "High", 30],
    ]);
    await assert.rejects(calculate(fake), (e: ExcelLayerError) => e.code === "NO_HEADER_ROW");
    fake.state.addTable(fake.state.sheet("Cohort"), { r0: 0, c0: 0, r1: 1, c1: 3 }, "Cohort");
    await assert.rejects(
      calculate(fake),
      (e: ExcelLayerError) => e.code === "MAPPING_PROBLEM" && /^no calculator input columns/.test(e.message),
    );
  });
});
