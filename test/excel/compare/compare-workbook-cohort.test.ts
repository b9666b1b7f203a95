import assert from "node:assert/strict";
import { compareTable, transitionTable } from "../../../src/compare";
import { compareWorkbookCohort, writeComparisonSheet } from "../../../src/excel/compare";
import { createFakeExcel } from "../../support/fake-excel";
import { foi, hmpps, SMALL_COHORT } from "../../compare/compare-fixture";
import { AS_OF } from "../cohort-fixture";

const stored = SMALL_COHORT.map((row) => row.map((cell) => cell ?? ""));

describe("comparing the workbook's cohort under two policies", () => {
  it("reads the active sheet and gives the pure comparison's lines, writing nothing", async () => {
    const fake = createFakeExcel({ firstSheetName: "Cohort" });
    fake.state.writeCells("Cohort", "B2", stored);
    const before = JSON.stringify([...fake.state.sheet("Cohort").values]);
    const result = await fake.Excel.run((context) =>
      compareWorkbookCohort(context, { from: foi, to: hmpps, asOf: AS_OF }),
    );
    const pure = compareTable(SMALL_COHORT, { from: foi, to: hmpps, asOf: AS_OF });
    assert.ok(pure.ok);
    assert.deepEqual(result.transitions, transitionTable(pure));
    assert.equal(result.location.address, "Cohort!B2:J9");
    assert.equal(JSON.stringify([...fake.state.sheet("Cohort").values]), before);
  });

  it("uses the sheet compared last while the Comparison sheet is active", async () => {
    const fake = createFakeExcel({ firstSheetName: "Cohort" });
    fake.state.writeCells("Cohort", "A1", stored);
    const options = { from: foi, to: hmpps, asOf: AS_OF };
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
      fake.Excel.run((context) => compareWorkbookCohort(context, { from: foi, to: hmpps, asOf: AS_OF })),
      (error: Error & { code?: string }) =>
        error.code === "POLICY_REFUSES" &&
        /^Cohort: policy hmpps-2017@1\.0\.0 cannot route this file: missing required column: at least one of OSP\/DC/.test(
          error.message,
        ),
    );
  });
});
