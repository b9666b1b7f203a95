import assert from "node:assert/strict";
import { locateCohort } from "../../src/excel";
import { createFakeExcel } from "../support/fake-excel";
import { cohortRows, fakeWithCohort, HEADER, POLICY, writeCohort } from "./cohort-fixture";

describe("locating the cohort", () => {
  it("finds the used range when it does not start at A1, below title rows", async () => {
    const fake = createFakeExcel({ firstSheetName: "Intake" });
    fake.state.writeCells("Intake", "B2", [["Cohort for the March panel"], ["Prepared by the hub"]]);
    writeCohort(fake.state, "Intake", "C5", cohortRows(12));
    const location = await fake.Excel.run((context) => locateCohort(context, POLICY));
    assert.deepEqual(
      { ...location, headerCells: location.headerCells.length },
      {
        sheetName: "Intake",
        tableName: null,
        headerRow: 4,
        firstColumn: 2,
        columnCount: HEADER.length,
        dataRowCount: 12,
        headerCells: HEADER.length,
        lastUsedColumn: 2 + HEADER.length - 1,
        address: "Intake!C5:R17",
      },
    );
    assert.deepEqual(location.headerCells, HEADER);
  });

  it("prefers the selected table over the used range", async () => {
    const fake = fakeWithCohort(cohortRows(5));
    fake.state.writeCells("Cohort", "U3", [
      ["ID", "Offence", "RM2000/s"],
      ["X1", "Contact", "Low"],
    ]);
    const table = fake.state.addTable(fake.state.sheet("Cohort"), { r0: 2, c0: 20, r1: 3, c1: 22 }, "Referrals");
    fake.state.selection = { sheet: table.sheet, box: { r0: 3, c0: 21, r1: 3, c1: 21 } };
    const location = await fake.Excel.run((context) => locateCohort(context, POLICY));
    assert.equal(location.tableName, "Referrals");
    assert.equal(location.address, "Cohort!U3:W4");
    assert.deepEqual(location.headerCells, ["ID", "Offence", "RM2000/s"]);
    assert.equal(location.dataRowCount, 1);
  });

  it("uses the first table on the active sheet when the selection is outside any table", async () => {
    const fake = fakeWithCohort(cohortRows(8), "B2");
    fake.state.addTable(fake.state.sheet("Cohort"), { r0: 1, c0: 1, r1: 9, c1: HEADER.length }, "Cohort2024");
    const location = await fake.Excel.run((context) => locateCohort(context, POLICY));
    assert.equal(location.tableName, "Cohort2024");
    assert.equal(location.headerRow, 1);
    assert.equal(location.dataRowCount, 8);
  });

  it("looks on a named sheet, not the active one, and ignores a table selected elsewhere", async () => {
    const fake = fakeWithCohort(cohortRows(6), "B4");
    const summary = fake.state.addSheet("SOTP Summary");
    fake.state.writeCells("SOTP Summary", "A1", [
      ["ID", "Offence"],
      ["X1", "Contact"],
    ]);
    const table = fake.state.addTable(summary, { r0: 0, c0: 0, r1: 1, c1: 1 }, "Elsewhere");
    fake.state.activeSheet = summary;
    fake.state.selection = { sheet: table.sheet, box: { r0: 1, c0: 0, r1: 1, c1: 0 } };
    const location = await fake.Excel.run((context) => locateCohort(context, POLICY, { sheetName: "Cohort" }));
    assert.equal(location.tableName, null);
    assert.equal(location.address, `Cohort!B4:Q10`);
    assert.deepEqual(location.headerCells, HEADER);
  });

  it("reports a sheet with no header row by code", async () => {
    const fake = createFakeExcel();
    fake.state.writeCells("Sheet1", "A1", [
      ["just", "some"],
      ["notes", "here"],
    ]);
    await assert.rejects(
      fake.Excel.run((context) => locateCohort(context, POLICY)),
      { code: "NO_HEADER_ROW" },
    );
  });
});
