import assert from "node:assert/strict";
import { createFakeExcel } from "../../support/fake-excel";
import { writeCohort } from "../cohort-fixture";
import { outputCells, personRow, routeActiveSheet } from "./messy-sheet";

/**
 * Decision: hidden and filtered-out rows are routed like any other. Excel's `range.values` returns them (visibility
 * does not change values, which is why the fake needs no model of it), and routing only the visible rows would
 * leave stale or missing outputs on people the user cannot see at that moment. Writes cover every row too.
 */
describe("a cohort sheet with hidden or filtered-out rows", () => {
  it("routes and writes every row, whatever a filter shows", async () => {
    const fake = createFakeExcel({ firstSheetName: "Cohort" });
    // a filter on Site showing only "Bure" would hide P2 and P4
    const rows = ["Bure", "Leyhill", "Bure", "Leyhill"].map((site, i) => {
      const row = personRow(`P${i + 1}`);
      row[15] = site;
      return row;
    });
    writeCohort(fake.state, "Cohort", "A1", rows);
    const outcome = await routeActiveSheet(fake);
    assert.equal(outcome.rowCount, 4);
    assert.deepEqual(outputCells(fake, outcome, "Programme"), Array(4).fill("Low Intensity"));
  });
});
