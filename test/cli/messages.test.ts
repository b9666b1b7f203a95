import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../support/run-cli";

describe("sotp messages say what to do", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-messages-"));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it("a missing required column lists the headers found and the row read", () => {
    const run = runCli(["route", write("no-risk.csv", "ID,Offence,OGRS3\nX1,Contact,50\n")]);
    assert.equal(run.status, 2);
    assert.match(
      run.stderr,
      /missing required column: RM2000\/s \(headers accepted: .*\)\. Read row 1 of .*no-risk\.csv, headers found: "ID", "Offence", "OGRS3"\n$/,
    );
  });

  it("in a workbook with other sheets it names the sheet read and suggests --sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notes").addRow(["Read me first"]);
    const cohort = workbook.addWorksheet("Cohort");
    cohort.addRow(["Offence", "RM2000/s"]);
    cohort.addRow(["Contact", "High"]);
    const file = path.join(dir, "two-sheets.xlsx");
    await workbook.xlsx.writeFile(file);
    const run = runCli(["route", file]);
    assert.equal(run.status, 2);
    assert.match(
      run.stderr,
      /Read row 1 of .*two-sheets\.xlsx, sheet "Notes", headers found: "Read me first"\. The workbook has other sheets \("Cohort"\): choose one with --sheet/,
    );
    assert.equal(runCli(["route", file, "--sheet", "Cohort"]).status, 0);
  });

  it("accepts the policy stamp the Policy column prints, and refuses another version naming the one there is", () => {
    const file = write("ok.csv", "Offence,RM2000/s\nContact,High\n");
    const stamped = runCli(["route", file, "--policy", "foi-86525@1.0.0"]);
    assert.equal(stamped.status, 0, stamped.stderr);
    assert.match(stamped.stdout, /foi-86525@1\.0\.0/);
    const other = runCli(["route", file, "--policy", "foi-86525@0.9.0"]);
    assert.equal(other.status, 2);
    assert.match(other.stderr, /--policy foi-86525@0\.9\.0: this SOTP Router has foi-86525@1\.0\.0 only/);
  });

  it("refuses -o with a .txt name and --sheet on a CSV instead of ignoring them", () => {
    const file = write("plain.csv", "Offence,RM2000/s\nContact,High\n");
    const txt = runCli(["route", file, "-o", path.join(dir, "out.txt")]);
    assert.equal(txt.status, 2);
    assert.match(txt.stderr, /-o .*out\.txt: expected a \.csv, \.xlsx or \.json file name/);
    const sheet = runCli(["route", file, "--sheet", "Cohort"]);
    assert.equal(sheet.status, 2);
    assert.match(sheet.stderr, /--sheet "Cohort": .*plain\.csv is a CSV file, which has no sheets/);
    assert.equal(runCli(["summary", file, "--sheet", "Cohort"]).status, 2);
  });

  it("says a capacity file does not exist", () => {
    const file = write("cohort.csv", "Offence,RM2000/s\nContact,High\n");
    const run = runCli(["summary", file, "--capacity", path.join(dir, "nope.csv")]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot read capacity file .*nope\.csv: the file does not exist/);
  });
});
