import assert from "node:assert/strict";
import { createFakeExcel } from "../../support/fake-excel";
import { HEADER, writeCohort } from "../cohort-fixture";
import { outputCells, personRow, routeActiveSheet } from "./messy-sheet";

/**
 * A header row repeated inside the data (two cohorts pasted one under the other, or a units row under the header)
 * is routed as Invalid and listed for review: it is visible in the results, never silently dropped or guessed at.
 */
describe("a cohort sheet with a second header row", () => {
  it("keeps the first header row and makes a header row pasted mid-data Invalid", async () => {
    const fake = createFakeExcel({ firstSheetName: "Cohort" });
    writeCohort(fake.state, "Cohort", "A1", [personRow("P1"), HEADER, personRow("P2")]);
    const outcome = await routeActiveSheet(fake);
    assert.equal(outcome.location.headerRow, 0);
    assert.deepEqual(outputCells(fake, outcome, "Status"), ["Recommended", "Invalid", "Recommended"]);
    assert.equal(
      outputCells(fake, outcome, "Reasons")[1],
      'V-1: this row repeats the column headers ("Sex", "Age", "Offence" …): delete it, or route each cohort on its own',
    );
    assert.deepEqual(
      outcome.rowsToReview.map((r) => r.sheetRow),
      [3],
    );
  });

  it("makes a units row directly under the header Invalid and routes the people below it", async () => {
    const fake = createFakeExcel({ firstSheetName: "Cohort" });
    const units = HEADER.map((h) => (h === "Age" ? "years" : h === "OGRS3" ? "%" : h === "Offence" ? "category" : ""));
    writeCohort(fake.state, "Cohort", "A1", [units, personRow("P1"), personRow("P2")]);
    const outcome = await routeActiveSheet(fake);
    assert.deepEqual(outputCells(fake, outcome, "Status"), ["Invalid", "Recommended", "Recommended"]);
    assert.equal(String(outputCells(fake, outcome, "Reasons")[0]).split("\n").length, 3);
  });
});
