import assert from "node:assert/strict";
import { OUTPUT_COLUMNS } from "../../../src/parsing";
import { createFakeExcel } from "../../support/fake-excel";
import { HEADER, writeCohort } from "../cohort-fixture";
import { outputCells, personRow, routeActiveSheet } from "./messy-sheet";

describe("a cohort that does not start at A1", () => {
  const fake = createFakeExcel({ firstSheetName: "Cohort" });
  fake.state.writeCells("Cohort", "A1", [["Panel: March"], [""], ["Notes in column A"]]);
  writeCohort(fake.state, "Cohort", "D8", [personRow("P1"), personRow("P2")]);
  let outcome: Awaited<ReturnType<typeof routeActiveSheet>>;
  before(async () => (outcome = await routeActiveSheet(fake)));

  it("finds the header at D8 below the notes and routes the rows under it", () => {
    assert.equal(outcome.location.address, `Cohort!D8:${String.fromCharCode(67 + HEADER.length)}10`);
    assert.deepEqual(outputCells(fake, outcome, "Status"), ["Recommended", "Recommended"]);
  });

  it("writes the outputs right of the cohort and leaves the notes alone", () => {
    assert.equal(outcome.plan.columns.Programme, 3 + HEADER.length);
    const sheet = fake.state.sheet("Cohort");
    assert.deepEqual(
      OUTPUT_COLUMNS.map((_, i) => sheet.getValue(7, 3 + HEADER.length + i)),
      [...OUTPUT_COLUMNS],
    );
    assert.deepEqual(
      [0, 1, 2].map((r) => sheet.getValue(r, 0)),
      ["Panel: March", "", "Notes in column A"],
    );
    assert.equal(outcome.rowsToReview.length, 0);
  });
});
