import assert from "node:assert/strict";
import { routeCohortInExcel, RouteInExcelOutcome } from "../../src/excel";
import { summariseWorkbook } from "../../src/excel/summary";
import { createFakeExcel } from "../support/fake-excel";
import { AS_OF, POLICY } from "./cohort-fixture";

const HEADER = ["ID", "Offence", "RM2000/s", "OGRS3", "Site", "Override", "Override reason"];

describe("routing and summarising a sheet with overrides in Excel", () => {
  const fake = createFakeExcel({ firstSheetName: "Cohort" });
  fake.state.writeCells("Cohort", "A1", [
    HEADER,
    ["P1", "Contact", "High", 60, "Bure", "", ""],
    ["P2", "Contact", "High", 60, "Bure", "LI", "Case conference"],
    ["P3", "Contact", "High", 60, "Bure", "None", "Declined"],
    ["P4", "Contact", "High", 60, "Bure", "LI", ""],
  ]);
  let outcome: RouteInExcelOutcome;
  before(async () => {
    outcome = await fake.Excel.run((context) => routeCohortInExcel(context, { policy: POLICY, asOf: AS_OF }));
  });

  it("counts the overridden rows and lists them apart from the rows to review", () => {
    assert.deepEqual(outcome.statusCounts, { Recommended: 1, Overridden: 2, Invalid: 1 });
    assert.deepEqual(
      outcome.overriddenRows.map((row) => [row.sheetRow, row.status, row.reasons[0].slice(0, 30)]),
      [
        [3, "Overridden", "O-1: overridden to Low Intensi"],
        [4, "Overridden", "O-1: overridden to None (the p"],
      ],
    );
    assert.deepEqual(
      outcome.rowsToReview.map((row) => [row.sheetRow, row.reasons]),
      [[5, ["O-0: an override needs a reason (Override reason is blank)"]]],
    );
  });

  it("queues the overridden row under its override programme when the sheet is read back for the summary", async () => {
    const result = await fake.Excel.run((context) => summariseWorkbook(context, { policy: POLICY, asOf: AS_OF }));
    assert.deepEqual(
      result.summary.rows.map((row) => [row.programmeCode, row.site, row.demand]),
      [
        ["LI", "Bure", 1],
        ["HI", "Bure", 1],
      ],
    );
    assert.deepEqual(
      result.cohort.outcomes.map((o) => [o.programme, o.status]),
      [
        ["High Intensity", "Recommended"],
        ["Low Intensity", "Overridden"],
        ["None", "Overridden"],
        ["None", "Invalid"],
      ],
    );
  });
});
