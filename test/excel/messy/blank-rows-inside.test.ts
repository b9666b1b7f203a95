import assert from "node:assert/strict";
import { createFakeExcel } from "../../support/fake-excel";
import { writeCohort } from "../cohort-fixture";
import { outputCells, personRow, routeActiveSheet } from "./messy-sheet";

describe("a cohort sheet with blank rows inside the data", () => {
  const fake = createFakeExcel({ firstSheetName: "Cohort" });
  // rows 3, 4 and 7 of the data are empty; row 5 holds only a non-breaking space and a zero-width space
  const blank = personRow("").map(() => "");
  const spaces = blank.map((_, i) => (i === 0 ? "\u00a0" : i === 3 ? "\u200b" : ""));
  writeCohort(fake.state, "Cohort", "A1", [
    personRow("P1"),
    personRow("P2"),
    blank,
    blank,
    spaces,
    personRow("P3"),
    blank,
    personRow("P4"),
  ]);
  let outcome: Awaited<ReturnType<typeof routeActiveSheet>>;
  before(async () => (outcome = await routeActiveSheet(fake)));

  it("routes the rows after the gaps: the cohort ends at the last used row, not the first blank one", () => {
    assert.equal(outcome.rowCount, 8);
    assert.deepEqual(outputCells(fake, outcome, "Status"), [
      "Recommended",
      "Recommended",
      "",
      "",
      "",
      "Recommended",
      "",
      "Recommended",
    ]);
  });

  it("gives blank rows blank outputs, no policy stamp, and does not list them for review", () => {
    assert.deepEqual(
      outputCells(fake, outcome, "Policy").map((cell) => cell !== ""),
      [true, true, false, false, false, true, false, true],
    );
    assert.deepEqual(outcome.rowsToReview, []);
    assert.deepEqual(outcome.statusCounts, { recommended: 4 });
  });
});
