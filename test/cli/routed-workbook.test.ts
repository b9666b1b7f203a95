import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { REPO_ROOT, runCli } from "../support/run-cli";

const SAMPLE = path.join(REPO_ROOT, "examples/sample-cohort.xlsx");

describe("the routed workbook as a person opens and prints it", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-workbook-"));
  let sheet: ExcelJS.Worksheet;

  before(async () => {
    const out = path.join(dir, "routed.xlsx");
    const run = runCli(["route", SAMPLE, "--as-of", "2014-01-01", "-o", out]);
    assert.equal(run.status, 0, run.stderr);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    sheet = workbook.getWorksheet("Cohort") as ExcelJS.Worksheet;
  });

  it("makes the release date column wide enough for its dates (no ###), and fits input columns to their cells", () => {
    const header = sheet.getRow(2);
    const column = (name: string) => {
      let found = 0;
      header.eachCell((cell, number) => (found = cell.value === name ? number : found));
      return sheet.getColumn(found);
    };
    assert.ok((column("Release date").width ?? 0) >= 12, `Release date width ${column("Release date").width}`);
    assert.ok((column("ID").width ?? 9) <= 12, "the title row above the header does not widen column A");
  });

  it("aligns input cells to the top, as Reasons are", () => {
    const row = sheet.getRow(3);
    assert.equal(row.getCell(1).alignment?.vertical, "top");
    assert.equal(row.getCell(4).alignment?.vertical, "top");
    let reasonsColumn = 0;
    sheet.getRow(2).eachCell((cell, number) => (reasonsColumn = cell.value === "Reasons" ? number : reasonsColumn));
    const reasons = row.getCell(reasonsColumn);
    assert.deepEqual([reasons.alignment?.vertical, reasons.alignment?.wrapText], ["top", true]);
  });

  it("prints at a readable scale with the header row and the ID column on every page", () => {
    const setup = sheet.pageSetup;
    assert.equal(setup.fitToPage, false);
    assert.equal(setup.scale, 60);
    assert.equal(setup.orientation, "landscape");
    assert.equal(setup.printTitlesRow, "2:2");
    assert.equal(setup.printTitlesColumn, "A:A");
  });

  it("writes a merged title row once, not once per merged cell, when an XLSX is routed to CSV", async () => {
    const workbook = new ExcelJS.Workbook();
    const cohort = workbook.addWorksheet("Cohort");
    cohort.addRow(["Cohort, March 2015"]);
    cohort.mergeCells("A1:D1");
    cohort.addRow(["ID", "Offence", "RM2000/s", "Release date"]);
    cohort.addRow(["X1", "Contact", "High", new Date(Date.UTC(2016, 2, 31))]);
    const file = path.join(dir, "merged-title.xlsx");
    await workbook.xlsx.writeFile(file);
    const run = runCli(["route", file, "--as-of", "2014-01-01"]);
    assert.equal(run.status, 0, run.stderr);
    const [title, header, row] = parse(run.stdout) as string[][];
    assert.deepEqual(title.slice(0, 4), ["Cohort, March 2015", "", "", ""]);
    assert.deepEqual(header.slice(0, 5), ["ID", "Offence", "RM2000/s", "Release date", "Programme"]);
    assert.equal(row[3], "2016-03-31");
  });
});
