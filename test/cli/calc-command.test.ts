import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { CALCULATOR_OUTPUT_COLUMNS } from "../../src/calculators";
import { toCsv } from "../../src/cli/write-csv";
import {
  assertExampleOutputs,
  CALCULATOR_EXAMPLES_FILE,
  CALCULATOR_INPUT_COLUMNS,
  readCalculatorExamples,
} from "../support/calculator-examples";
import { REPO_ROOT, runCli } from "../support/run-cli";

describe("sotp calc", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-calc-"));
  const { rows, records } = readCalculatorExamples();
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  /** The examples with only the input columns and Note. */
  const inputsOnly = write("inputs.csv", toCsv(rows.map((row) => row.slice(0, CALCULATOR_INPUT_COLUMNS + 1))));

  it("adds the 15 columns after the input columns, giving every expected output of the 22 examples", () => {
    const run = runCli(["calc", inputsOnly]);
    assert.equal(run.status, 0, run.stderr);
    const [header, ...body] = parse(run.stdout) as string[][];
    assert.deepEqual(header.slice(CALCULATOR_INPUT_COLUMNS + 1), CALCULATOR_OUTPUT_COLUMNS);
    assert.equal(body.length, 22);
    body.forEach((row, index) => {
      assert.deepEqual(
        row.slice(0, CALCULATOR_INPUT_COLUMNS + 1),
        rows[index + 1].slice(0, CALCULATOR_INPUT_COLUMNS + 1),
      );
      assertExampleOutputs(row.slice(CALCULATOR_INPUT_COLUMNS + 1), records[index], "CLI");
    });
  });

  it("writes the examples file back exactly, % columns with two decimals: calculating twice changes nothing", () => {
    const run = runCli(["calc", CALCULATOR_EXAMPLES_FILE]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, readFileSync(CALCULATOR_EXAMPLES_FILE, "utf8").replace(/\r\n/g, "\n"));
    assert.match(run.stdout, /,0\.20,Low,/);
  });

  it("adds only the columns of calculators with a trigger column", () => {
    const file = write(
      "ogrs3.csv",
      "ID,Sex,Age at release,Total sanctions,Age at first sanction,Age at conviction,OGRS3 offence\nA1,M,30,2,21,30,Other\n",
    );
    const run = runCli(["calc", file]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(
      run.stdout,
      "ID,Sex,Age at release,Total sanctions,Age at first sanction,Age at conviction,OGRS3 offence,OGRS3 1yr %,OGRS3 2yr %,OGRS3 band,OGRS3 message\n" +
        "A1,M,30,2,21,30,Other,9,17,Low,\n",
    );
  });

  it("writes XLSX with numbers, 0.00 for the % columns, and the same sheet when run on its own output", async () => {
    const once = path.join(dir, "once.xlsx");
    const twice = path.join(dir, "twice.xlsx");
    const first = runCli(["calc", inputsOnly, "-o", once]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(
      first.stderr,
      /^sotp: calculated 22 rows into .*once\.xlsx: OGRS3 7 scored, 3 Invalid; OSP\/DC 6 scored, 2 Not applicable, 2 Invalid; /m,
    );
    assert.equal(runCli(["calc", once, "-o", twice]).status, 0);
    const values = async (file: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.worksheets[0];
      const cells: unknown[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => cells.push((row.values as unknown[]).slice(1)));
      return { sheet, cells };
    };
    const a = await values(once);
    const b = await values(twice);
    assert.deepEqual(b.cells, a.cells);
    const ospDcPercent = CALCULATOR_INPUT_COLUMNS + 2 + CALCULATOR_OUTPUT_COLUMNS.indexOf("OSP/DC %");
    assert.equal(a.sheet.getRow(9).getCell(ospDcPercent).value, 1.54, "E008's OSP/DC % is the number 1.54");
    assert.equal(a.sheet.getColumn(ospDcPercent).numFmt, "0.00");
  });

  it("says on stderr which column feeds which item, before the summary line, as sotp route does", () => {
    const run = runCli(["calc", inputsOnly, "-o", path.join(dir, "report.csv")]);
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stderr.trim().split("\n");
    assert.match(
      lines[0],
      /^sotp: columns of .*inputs\.csv \(header row 1\): 21 read, 1 ignored; calculating OGRS3, OSP\/DC, OSP\/IIC, RM2000\/s$/,
    );
    assert.equal(lines.length, 1 + CALCULATOR_INPUT_COLUMNS + 1 + 1, "a line per column, then the summary line");
    assert.match(lines[2], /^ {2}B {3}Sex +→ Sex$/);
    assert.match(lines[1 + CALCULATOR_INPUT_COLUMNS], /^ {2}V {3}Note +→ ignored$/);
    assert.match(lines[lines.length - 1], /^sotp: calculated 22 rows into /);
  });

  it("names an earlier run's output columns as replaced in the report", () => {
    const again = runCli(["calc", path.join(dir, "report.csv"), "-o", path.join(dir, "report-again.csv")]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stderr, /^ {2}W {3}OGRS3 1yr % +→ replaced \(SOTP Router's output from an earlier run\)$/m);
  });

  it("writes JSON records with the input by header and the outputs (null when empty)", () => {
    const out = path.join(dir, "calc.json");
    assert.equal(runCli(["calc", inputsOnly, "-o", out]).status, 0);
    const json = JSON.parse(readFileSync(out, "utf8"));
    assert.equal(json.length, 22);
    assert.deepEqual(json[0].outputs["OGRS3 2yr %"], 17);
    assert.equal(json[0].outputs["OSP/DC band"], null);
    assert.equal(json[0].input.ID, "E001");
  });

  it("exits 2 with one line when no calculator has a column, or two columns map to one field", () => {
    const none = runCli(["calc", write("none.csv", "ID,Offence,RM2000/s\nA1,Contact,High\n")]);
    assert.equal(none.status, 2);
    assert.equal(none.stdout, "");
    assert.match(none.stderr, /^sotp: .*none\.csv: no calculator input columns: expected headers such as /);
    assert.equal(none.stderr.trim().split("\n").length, 1);
    const both = runCli(["calc", write("both.csv", "Age at release,Age at follow-up,IIOC sanctions\n30,30,1\n")]);
    assert.equal(both.status, 2);
    assert.match(both.stderr, /"Age at release" and "Age at follow-up" both map to Age at start of follow-up/);
  });

  it("exits 2 for an unreadable file, a bad output name, a missing sheet, and never writes over its input", () => {
    assert.match(runCli(["calc", path.join(dir, "missing.csv")]).stderr, /^sotp: cannot read .*ENOENT/);
    const bad = runCli(["calc", inputsOnly, "-o", path.join(dir, "out.txt.pdf")]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /expected a \.csv, \.xlsx or \.json file name/);
    const sample = path.join(REPO_ROOT, "examples/sample-cohort.xlsx");
    const noSheet = runCli(["calc", sample, "--sheet", "Nope"]);
    assert.equal(noSheet.status, 2);
    assert.match(noSheet.stderr, /has no sheet "Nope" \(sheets: Cohort, Capacity\)/);
    const text = readFileSync(inputsOnly, "utf8");
    const same = runCli(["calc", inputsOnly, "-o", inputsOnly]);
    assert.equal(same.status, 2);
    assert.match(same.stderr, /never writes over its input/);
    assert.equal(readFileSync(inputsOnly, "utf8"), text);
  });
});
