import assert from "node:assert/strict";
import { createFakeExcel, StoredValue } from "../../support/fake-excel";
import { HEADER, writeCohort } from "../cohort-fixture";
import { outputCells, personRow, routeActiveSheet } from "./messy-sheet";

/**
 * A totals row is not a person. It is routed as Invalid (not skipped) so it is listed for review and cannot be
 * mistaken for a routed person; guessing which rows are totals would risk skipping a real person named "Total".
 */
describe("a cohort sheet with a totals row at the bottom", () => {
  const fake = createFakeExcel({ firstSheetName: "Cohort" });
  const totals = HEADER.map((h): StoredValue => (h === "ID" ? "Total" : h === "Offence" || h === "RM2000/s" ? 3 : ""));
  totals[HEADER.indexOf("OGRS3")] = "#DIV/0!";
  writeCohort(fake.state, "Cohort", "A1", [personRow("P1"), personRow("P2"), personRow("P3"), totals]);
  let outcome: Awaited<ReturnType<typeof routeActiveSheet>>;
  before(async () => (outcome = await routeActiveSheet(fake)));

  it("routes the people above it unchanged", () => {
    assert.deepEqual(outputCells(fake, outcome, "Status").slice(0, 3), Array(3).fill("Recommended"));
  });

  it("makes the totals row Invalid, naming each count it could not read, and lists it for review", () => {
    assert.equal(outputCells(fake, outcome, "Status")[3], "Invalid");
    assert.deepEqual(String(outputCells(fake, outcome, "Reasons")[3]).split("\n"), [
      'V-1: Offence "3" is not accepted (expected Contact, Attempted contact, Sexually motivated, Non-contact, Online grooming or IIOC only)',
      'V-1: RM2000/s "3" is not accepted (expected Low, Medium, High or Very High)',
      'V-1: OGRS3 "#DIV/0!" is an Excel error value (expected a score from 0 to 100 or a band (Low, Medium, High or Very High))',
    ]);
    assert.deepEqual(
      outcome.rowsToReview.map((r) => [r.sheetRow, r.status]),
      [[5, "Invalid"]],
    );
  });
});
