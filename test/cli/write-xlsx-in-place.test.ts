import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parse } from "csv-parse/sync";
import { addChartToXlsx } from "../../src/cli/add-chart-to-xlsx";
import { readWorksheet } from "../../src/cli/read-cohort-file";
import { readCohortPackage } from "../../src/cli/xlsx-cohort-reader";
import { REPO_ROOT, runCli } from "../support/run-cli";

const SAMPLE = path.join(REPO_ROOT, "examples/sample-cohort.xlsx");
const EDITED = new Set(["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml"]);

/** The sample cohort with what a person adds around it: a chart and widths on the second sheet, a defined name. */
async function decoratedSample(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  const capacity = workbook.getWorksheet("Capacity") as ExcelJS.Worksheet;
  capacity.getColumn(1).width = 31;
  capacity.getCell("B1").font = { italic: true, color: { argb: "FF00B050" } };
  workbook.definedNames.add("Capacity!$C$2:$C$6", "GroupsPerYear");
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  const chart = {
    title: "Groups per year",
    seriesName: "Groups",
    seriesNameRef: "'Capacity'!$C$1",
    categoriesRef: "'Capacity'!$A$2:$A$3",
    valuesRef: "'Capacity'!$C$2:$C$3",
    categories: ["a", "b"],
    values: [1, 2],
  };
  writeFileSync(
    file,
    await addChartToXlsx(xlsx, "Capacity", chart, { fromColumn: 6, fromRow: 1, toColumn: 12, toRow: 15 }),
  );
}

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  return new Map(await Promise.all(entries.map(async (e) => [e.name, await e.async("nodebuffer")] as const)));
}

describe("routing a workbook in place (XLSX → XLSX)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-in-place-"));
  const input = path.join(dir, "decorated.xlsx");
  const output = path.join(dir, "routed.xlsx");

  before(async () => {
    await decoratedSample(input);
    const run = runCli(["route", input, "--as-of", "2014-01-01", "-o", output]);
    assert.equal(run.status, 0, run.stderr);
  });

  it("keeps every other part of the package byte for byte: the second sheet, its chart, theme, shared strings", async () => {
    const before = await parts(input);
    const after = await parts(output);
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort());
    assert.ok(before.has("xl/charts/chart1.xml") && before.has("xl/sharedStrings.xml"));
    for (const [name, bytes] of before) {
      if (!EDITED.has(name)) assert.ok(bytes.equals(after.get(name) as Buffer), `${name} changed`);
    }
  });

  it("only appends to the styles and the defined names: every existing cell style and name is as it was", async () => {
    const text = async (file: string, part: string) => ((await parts(file)).get(part) as Buffer).toString("utf8");
    const xfs = (styles: string) => /<cellXfs[^>]*>([\s\S]*)<\/cellXfs>/.exec(styles)?.[1] ?? "";
    const [stylesBefore, stylesAfter] = [await text(input, "xl/styles.xml"), await text(output, "xl/styles.xml")];
    assert.ok(xfs(stylesAfter).startsWith(xfs(stylesBefore)), "existing cellXfs first, unchanged");
    assert.ok(xfs(stylesAfter).length > xfs(stylesBefore).length);
    const names = (await text(input, "xl/workbook.xml")).match(/<definedName\b[\s\S]*?<\/definedName>/g) ?? [];
    assert.ok(names.some((n) => n.includes("GroupsPerYear")));
    const workbookAfter = await text(output, "xl/workbook.xml");
    for (const name of names) assert.ok(workbookAfter.includes(name), `${name} kept`);
  });

  it("gives exceljs the same cells as the exceljs path, and the second sheet's width and font as they were", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const capacity = workbook.getWorksheet("Capacity") as ExcelJS.Worksheet;
    assert.equal(capacity.getColumn(1).width, 31);
    assert.equal(capacity.getCell("B1").font?.color?.argb, "FF00B050");
    const cohort = readWorksheet(workbook.getWorksheet("Cohort") as ExcelJS.Worksheet).rows;
    // Re-routing goes through exceljs (old output columns are removed there): the same cells come back.
    const again = path.join(dir, "again.xlsx");
    assert.equal(runCli(["route", output, "--as-of", "2014-01-01", "-o", again]).status, 0);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.readFile(again);
    assert.deepEqual(readWorksheet(reread.getWorksheet("Cohort") as ExcelJS.Worksheet).rows, cohort);
    assert.equal(cohort[1][26], "Policy");
    assert.equal(cohort.length, 502);
  });

  it("reads the cohort sheet's cells as exceljs does: dates, percentages, merged titles, formulas, booleans", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Odd & ends");
    sheet.addRow(["Title <1>"]);
    sheet.mergeCells("A1:C1");
    sheet.addRow(["ID", "Score", "Date", "Flag", "Sum", "Rich"]);
    const row = sheet.addRow(["A&1", 0.425, new Date(Date.UTC(2016, 2, 31)), true, { formula: "1+1", result: 2 }]);
    row.getCell(2).numFmt = "0.0%";
    row.getCell(3).numFmt = "dd/mm/yyyy";
    row.getCell(6).value = { richText: [{ text: "bold " }, { text: "plain" }] };
    sheet.addRow([]);
    sheet.addRow(["B2", null, null, false, { formula: "A3", result: "A&1" }]);
    const file = path.join(dir, "odd.xlsx");
    await workbook.xlsx.writeFile(file);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.readFile(file);
    const read = await readCohortPackage(file, "Odd & ends");
    assert.ok(read.ok);
    assert.deepEqual(read.cohort.rows, readWorksheet(reread.getWorksheet("Odd & ends") as ExcelJS.Worksheet).rows);
  });

  it("routes a cohort held in a table object through exceljs, which keeps the table", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Cohort");
    sheet.addTable({
      name: "Cohort",
      ref: "A1",
      columns: ["ID", "Offence", "RM2000/s", "Release date"].map((name) => ({ name })),
      rows: [["X1", "Contact", "High", new Date(Date.UTC(2016, 2, 31))]],
    });
    const file = path.join(dir, "table.xlsx");
    await workbook.xlsx.writeFile(file);
    const routed = path.join(dir, "table-routed.xlsx");
    const run = runCli(["route", file, "--as-of", "2014-01-01", "-o", routed]);
    assert.equal(run.status, 0, run.stderr);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.readFile(routed);
    const rows = readWorksheet(reread.getWorksheet("Cohort") as ExcelJS.Worksheet).rows;
    assert.equal(rows[0][4], "Programme");
    assert.ok([...(await parts(routed)).keys()].some((name) => name.startsWith("xl/tables/")));
  });

  it("gives a row missing from the sheet's XML (a blank row in the table) its outputs, as the CSV has them", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Cohort");
    sheet.addRow(["ID", "Offence", "RM2000/s", "Release date"]);
    sheet.addRow(["X1", "Contact", "High", new Date(Date.UTC(2016, 2, 31))]);
    sheet.getRow(4).values = ["X2", "Contact", "Low"];
    const file = path.join(dir, "gap.xlsx");
    await workbook.xlsx.writeFile(file);
    const routed = path.join(dir, "gap-routed.xlsx");
    assert.equal(runCli(["route", file, "--as-of", "2014-01-01", "-o", routed]).status, 0);
    const csv = parse(runCli(["route", file, "--as-of", "2014-01-01"]).stdout) as string[][];
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.readFile(routed);
    const rows = readWorksheet(reread.getWorksheet("Cohort") as ExcelJS.Worksheet).rows;
    assert.equal(rows.length, 4);
    assert.deepEqual(
      rows.map((row) => row.slice(4).map((cell) => cell ?? "")),
      csv.map((row) => row.slice(4)),
    );
    assert.ok(rows[3][5], "the row after the gap is routed");
  });
});
