import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parse } from "csv-parse/sync";
import { toCsv } from "../../src/cli/write-csv";
import { SMALL_COHORT } from "../compare/compare-fixture";
import { REPO_ROOT, runCli } from "../support/run-cli";

const TABLE = [
  ["From programme", "From status", "To programme", "To status", "Rows"],
  ["High Intensity", "Recommended", "Kaizen", "Recommended", "2"],
  ["Low Intensity", "Recommended", "Horizon", "Recommended", "1"],
  ["Low Intensity", "Recommended", "iHorizon", "Recommended", "1"],
  ["None", "Invalid", "Kaizen", "Recommended", "1"],
  ["None", "Not commissioned", "None", "Not commissioned", "1"],
];

describe("sotp compare", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-compare-"));
  const input = path.join(dir, "cohort.csv");
  writeFileSync(input, toCsv(SMALL_COHORT));
  /** With the default policies: --from foi-86525 --to hmpps-2017. */
  const compare = (...args: string[]) => runCli(["compare", input, "--as-of", "2014-01-01", ...args]);

  it("prints the transition table as CSV without -o", () => {
    const run = compare();
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(parse(run.stdout), TABLE);
  });

  it("prints it as an aligned text table with --format text", () => {
    const run = compare("--format", "text");
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.split("\n");
    assert.equal(lines[0], "Who moves where, as of 2014-01-01: foi-86525@1.0.0 → hmpps-2017@1.0.0");
    assert.match(lines[4], /^High Intensity +Recommended +Kaizen +Recommended +2$/);
  });

  it("writes the per-row comparison as CSV with -o, and says how many rows changed", () => {
    const out = path.join(dir, "compared.csv");
    const run = compare("-o", out);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, "");
    assert.match(
      run.stderr,
      /compared 6 rows into .*compared\.csv: 5 changed from foi-86525@1\.0\.0 to hmpps-2017@1\.0\.0/,
    );
    const rows = parse(readFileSync(out)) as string[][];
    assert.deepEqual(rows[0].slice(6, 9), ["Setting", "Programme (from)", "Status (from)"]);
    assert.equal(rows[0].length, 7 + 15);
    assert.deepEqual(rows[3].slice(7, 18), [
      ...["Low Intensity", "Recommended", "Low", "", ""],
      ...["Horizon", "Recommended", "Medium", "HSP_NOT_ASSESSED", ""],
      "yes",
    ]);
  });

  it("writes XLSX: the rows sheet, and a Comparison sheet with the table and a bar chart", async () => {
    const out = path.join(dir, "compared.xlsx");
    const run = compare("-o", out, "--format", "csv");
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(parse(run.stdout), TABLE, "--format csv prints the table as well");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    assert.deepEqual(
      workbook.worksheets.map((s) => s.name),
      ["cohort", "Comparison"],
    );
    const rowsSheet = workbook.getWorksheet("cohort") as ExcelJS.Worksheet;
    assert.equal(rowsSheet.getRow(1).getCell(8).value, "Programme (from)");
    assert.equal(rowsSheet.getRow(2).getCell(18).value, "yes");
    const sheet = workbook.getWorksheet("Comparison") as ExcelJS.Worksheet;
    assert.equal(sheet.getCell("A1").value, "Policy comparison: foi-86525@1.0.0 → hmpps-2017@1.0.0");
    const table = [6, 7, 8, 9, 10, 11].map((r) => [1, 2, 3, 4, 5].map((c) => String(sheet.getRow(r).getCell(c).value)));
    assert.deepEqual(table, TABLE);

    const zip = await JSZip.loadAsync(readFileSync(out));
    const chart = await zip.file("xl/charts/chart1.xml")?.async("string");
    assert.ok(chart, "a chart part");
    assert.match(chart, /<c:barDir val="bar"\/>/);
    assert.match(chart, /'Comparison'!\$G\$7:\$G\$11/);
    assert.match(chart, /High Intensity \(Recommended\) → Kaizen \(Recommended\)/);
    const sheetXml = await zip.file("xl/worksheets/sheet2.xml")?.async("string");
    assert.match(sheetXml ?? "", /<drawing r:id="rId\d+"\/><\/worksheet>/);
    const types = await zip.file("[Content_Types].xml")?.async("string");
    assert.match(types ?? "", /PartName="\/xl\/charts\/chart1\.xml"/);
  });

  it("refuses a cohort one policy cannot route, naming that policy; exit 2", () => {
    const noOsp = path.join(dir, "no-osp.csv");
    writeFileSync(noOsp, toCsv(SMALL_COHORT.map((row) => row.slice(0, 4))));
    const run = runCli(["compare", noOsp, "--as-of", "2014-01-01"]);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, "");
    assert.match(
      run.stderr,
      /^sotp: .*no-osp\.csv: policy hmpps-2017@1\.0\.0 cannot route this file: missing required column: at least one of OSP\/DC/,
    );
    const noRisk = path.join(dir, "no-rm2000.csv");
    writeFileSync(noRisk, toCsv(SMALL_COHORT.map((row) => [row[1], row[4]])));
    const other = runCli(["compare", noRisk, "--as-of", "2014-01-01"]);
    assert.equal(other.status, 2);
    assert.match(other.stderr, /policy foi-86525@1\.0\.0 cannot route this file: missing required column: RM2000\/s/);
  });

  it("compares examples/sample-cohort.xlsx, keeping its sheets and adding the Comparison sheet", async () => {
    const out = path.join(dir, "sample-compared.xlsx");
    const run = runCli([
      ...["compare", path.join(REPO_ROOT, "examples/sample-cohort.xlsx")],
      ...["--as-of", "2014-01-01", "-o", out],
    ]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /compared 500 rows into .*: \d+ changed from foi-86525@1\.0\.0 to hmpps-2017@1\.0\.0/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    assert.deepEqual(
      workbook.worksheets.map((s) => s.name),
      ["Cohort", "Capacity", "Comparison"],
    );
    const sheet = workbook.getWorksheet("Comparison") as ExcelJS.Worksheet;
    assert.deepEqual([sheet.getCell("A3").value, sheet.getCell("B3").value], ["Rows compared", 500]);
  });

  it("exits 2 for an unknown policy, a bad format or a bad output name", () => {
    assert.equal(runCli(["compare", input, "--to", "no-such-policy"]).status, 2);
    assert.match(compare("--format", "json").stderr, /--format "json": expected csv or text/);
    assert.match(compare("-o", path.join(dir, "x.json")).stderr, /expected a \.csv or \.xlsx file name/);
    assert.equal(compare("-o", input).status, 2);
  });
});
