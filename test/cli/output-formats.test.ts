import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { REPO_ROOT, runCli } from "../support/run-cli";

const SAMPLE = path.join(REPO_ROOT, "examples/sample-cohort.xlsx");

async function sheetValues(file: string, sheetName: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName);
  assert.ok(sheet, `sheet ${sheetName}`);
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("sotp route output files", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-out-"));

  it("XLSX output keeps every sheet and adds a styled, frozen, filtered header", async () => {
    const out = path.join(dir, "routed.xlsx");
    const run = runCli(["route", SAMPLE, "--as-of", "2014-01-01", "-o", out]);
    assert.equal(run.status, 0, run.stderr);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    assert.deepEqual(
      workbook.worksheets.map((s) => s.name),
      ["Cohort", "Capacity"],
    );
    const sheet = workbook.getWorksheet("Cohort") as ExcelJS.Worksheet;
    const header = sheet.getRow(2);
    assert.equal(header.getCell(21).value, "Programme");
    assert.equal(header.getCell(27).value, "Policy");
    assert.equal(header.getCell(21).font?.bold, true);
    assert.equal(sheet.views[0].state, "frozen");
    assert.ok(sheet.autoFilter, "autofilter set");
    assert.equal(sheet.getRow(3).getCell(27).value, "foi-86525@1.0.0");
  });

  it("XLSX output colours each status by the policy's status key, with the add-in's fills", async () => {
    const out = path.join(dir, "coloured.xlsx");
    assert.equal(runCli(["route", SAMPLE, "--as-of", "2014-01-01", "-o", out]).status, 0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Cohort") as ExcelJS.Worksheet & {
      conditionalFormattings: {
        ref: string;
        rules: { formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[];
      }[];
    };
    const [formatting] = sheet.conditionalFormattings;
    assert.equal(formatting.ref, "V3:V502");
    const fills = formatting.rules.map((rule) => [rule.formulae[0], rule.style.fill.bgColor.argb]);
    assert.deepEqual(fills, [
      ['"Recommended"', "FFC6EFCE"],
      ['"Deferred"', "FFFFEB9C"],
      ['"Overridden"', "FFDDEBF7"],
      ['"Incomplete"', "FFFFC7CE"],
      ['"Invalid"', "FFFFC7CE"],
    ]);
  });

  it("routing an already-routed workbook gives the same cells", async () => {
    const once = path.join(dir, "once.xlsx");
    const twice = path.join(dir, "twice.xlsx");
    assert.equal(runCli(["route", SAMPLE, "--as-of", "2014-01-01", "-o", once]).status, 0);
    assert.equal(runCli(["route", once, "--as-of", "2014-01-01", "-o", twice]).status, 0);
    assert.deepEqual(await sheetValues(twice, "Cohort"), await sheetValues(once, "Cohort"));
  });

  it("JSON output gives the mapping, then one record per data row with its row number, input and routing", () => {
    const out = path.join(dir, "routed.json");
    assert.equal(runCli(["route", SAMPLE, "--as-of", "2014-01-01", "-o", out]).status, 0);
    const json = JSON.parse(readFileSync(out, "utf8"));
    assert.equal(json.asOf, "2014-01-01");
    assert.equal(json.sheet, "Cohort");
    assert.deepEqual(json.columns[0], {
      column: "A",
      header: "ID",
      reads: "id",
      label: "ID",
      byHand: false,
      lookAlike: [],
    });
    const records = json.rows;
    assert.equal(records.length, 500);
    assert.equal(records[0].row, 3);
    assert.ok(records[0].input.Offence);
    assert.ok(Array.isArray(records[0].flags));
    assert.equal(records[0].policy, "foi-86525@1.0.0");
  });

  it("CSV from an XLSX shows %-formatted scores and date cells as a person reads them", () => {
    const run = runCli(["route", SAMPLE, "--as-of", "2014-01-01"]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /,\d{1,2}%,/);
    assert.match(run.stdout, /,\d{4}-\d{2}-\d{2},/);
  });
});
