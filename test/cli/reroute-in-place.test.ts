import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { routeCohortInExcel } from "../../src/excel";
import { createFakeExcel } from "../support/fake-excel";
import { runCli } from "../support/run-cli";
import { AS_OF, POLICY } from "../excel/cohort-fixture";

/** A sheet routed before, whose user moved Status and Programme between inputs and added a Notes column after. */
const HEADER = ["ID", "Status", "Offence", "Programme", "RM2000/s", "Notes"];
const ROWS = [
  ["A1", "old", "Contact adult", "old", "High", "keep me"],
  ["A2", "old", "Contact child", "old", "Low", "me too"],
];
const EXPECTED_HEADER = [...HEADER, "Dosage tier", "Flags", "Follow-on", "Reasons", "Policy"];

describe("routing a routed sheet again: outputs in place, the same in the CLI and the add-in", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-inplace-"));
  const csv = path.join(dir, "routed.csv");
  writeFileSync(csv, [HEADER, ...ROWS].map((row) => row.join(",")).join("\n") + "\n");

  it("CSV: keeps every column where it is and adds only the missing outputs at the end", () => {
    const run = runCli(["route", csv, "--as-of", "2014-01-01"]);
    assert.equal(run.status, 0, run.stderr);
    const [header, ...rows] = parse(run.stdout) as string[][];
    assert.deepEqual(header, EXPECTED_HEADER);
    assert.deepEqual(
      rows.map((row) => [row[0], row[2], row[4], row[5]]),
      ROWS.map((row) => [row[0], row[2], row[4], row[5]]),
    );
    assert.notEqual(rows[0][1], "old");
    assert.equal(rows[0][10], POLICY.stamp);
  });

  it("XLSX and the add-in put each output in the same column as the CSV", async () => {
    const out = path.join(dir, "routed.xlsx");
    assert.equal(runCli(["route", csv, "--as-of", "2014-01-01", "-o", out]).status, 0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    const xlsxHeader = (sheet.getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(xlsxHeader, EXPECTED_HEADER);
    const csvRows = parse(runCli(["route", csv, "--as-of", "2014-01-01"]).stdout) as string[][];

    const fake = createFakeExcel({ firstSheetName: "Cohort" });
    fake.state.writeCells("Cohort", "A1", [HEADER, ...ROWS]);
    const outcome = await fake.Excel.run((context) => routeCohortInExcel(context, { policy: POLICY, asOf: AS_OF }));
    assert.deepEqual(outcome.plan.reused, ["Programme", "Status"]);
    const excel = fake.state.sheet("Cohort");
    const excelRows = csvRows.map((row, r) => row.map((_, c) => String(excel.getValue(r, c) ?? "")));
    assert.deepEqual(excelRows, csvRows);
  });
});
