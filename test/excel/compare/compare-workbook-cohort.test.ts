import assert from "node:assert/strict";
import { compareTable, transitionTable } from "../../../src/compare";
import { compareWorkbookCohort, writeComparisonSheet } from "../../../src/excel/compare";
import { getBundledPolicy } from "../../../src/policies";
import { createFakeExcel } from "../../support/fake-excel";
import { secondPolicy, SMALL_COHORT } from "../../compare/compare-fixture";
import { AS_OF } from "../cohort-fixture";

const foi = getBundledPolicy("foi-86525");
const stored = SMALL_COHORT.map((row) => row.map((cell) => cell ?? ""));

describe("comparing the workbook's cohort under two policies", () => {
  it("reads the active sheet and gives the pure comparison's lines, writing nothing", async () => {
    const fake = createFakeExcel({ firstSheetName: "Cohort" });
    fake.state.writeCells("Cohort", "B2", stored);
    const before = JSON.stringify([...fake.state.sheet("Cohort").values]);
    const result = await fake.Excel.run((context) =>
      compareWorkbookCohort(context, { from: foi, to: secondPolicy, asOf: AS_OF }),
    );
    const pure = compareTable(SMALL_COHORT, { from: foi, to: secondPolicy, asOf: AS_OF });
    assert.ok(pure.ok);
    assert.deepEqual(result.transitions, transitionTable(pure));
    assert.equal(result.location.address, "Cohort!B2:H8");
    assert.equal(JSON.stringify([...fake.state.sheet("Cohort").values]), before);
  });

  it("uses the sheet compared last while the Comparison sheet is active", async () => {
    const fake = createFakeExcel({ firstSheetName: "Cohort" });
    fake.state.writeCells("Cohort", "A1", stored);
    const options = { from: foi, to: secondPolicy, asOf: AS_OF };
    const first = await fake.Excel.run((context) => compareWorkbookCohort(context, options));
    await fake.Excel.run((context) => writeComparisonSheet(context, first));
    fake.state.activeSheet = fake.state.sheet("Comparison");
    const again = await fake.Excel.run((context) =>
      compareWorkbookCohort(context, { ...options, lastSheetName: "Cohort" }),
    );
    assert.equal(again.location.sheetName, "Cohort");
    assert.deepEqual(again.transitions, first.transitions);
  });

  it("refuses a cohort one policy cannot route, naming the policy", async () => {
    const fake = createFakeExcel({ firstSheetName: "Cohort" });
    fake.state.writeCells(
      "Cohort",
      "A1",
      stored.map((row) => row.slice(0, 4)),
    );
    await assert.rejects(
      fake.Excel.run((context) => compareWorkbookCohort(context, { from: foi, to: secondPolicy, asOf: AS_OF })),
      (error: Error & { code?: string }) =>
        error.code === "POLICY_REFUSES" &&
        /^Cohort: policy hmpps-2017-draft@0\.1\.0 cannot route this file: missing required column: OSP\/C/.test(
          error.message,
        ),
    );
  });
});
