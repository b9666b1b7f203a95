import assert from "node:assert/strict";
import { createFakeExcel, StoredValue } from "../../support/fake-excel";
import { HEADER } from "../cohort-fixture";
import { outputCells, personRow, routeActiveSheet } from "./messy-sheet";

/**
 * The fake has no merges; Excel's `range.values` gives a merged area's value in its first cell and "" in the others,
 * so that is what these sheets hold.
 */
describe("a cohort sheet with merged header cells", () => {
  it("finds the header row under a title merged across the whole width", async () => {
    const fake = createFakeExcel({ firstSheetName: "Cohort" });
    const title: StoredValue[] = HEADER.map((_, i) => (i === 0 ? "Cohort for the March panel" : ""));
    fake.state.writeCells("Cohort", "A1", [title, HEADER, personRow("P1"), personRow("P2")]);
    const outcome = await routeActiveSheet(fake);
    assert.equal(outcome.location.headerRow, 1);
    assert.deepEqual(outputCells(fake, outcome, "Status"), ["Recommended", "Recommended"]);
  });

  it("maps a header merged over two columns to its first column and ignores the second", async () => {
    // "Offence" merged over two columns: the first holds the category, the second a free-text note
    const header = [...HEADER];
    header.splice(HEADER.indexOf("Offence") + 1, 0, "");
    const row = (id: string, note: string) => {
      const cells = personRow(id);
      cells.splice(HEADER.indexOf("Offence") + 1, 0, note);
      return cells;
    };
    const fake = createFakeExcel({ firstSheetName: "Cohort" });
    fake.state.writeCells("Cohort", "A1", [header, row("P1", "index offence 2009"), row("P2", "#N/A")]);
    const outcome = await routeActiveSheet(fake);
    assert.equal(outcome.mapping.roles[HEADER.indexOf("Offence") + 1].kind, "ignored");
    assert.equal(outcome.location.columnCount, header.length);
    assert.deepEqual(outputCells(fake, outcome, "Status"), ["Recommended", "Recommended"]);
  });

  it("rejects a sheet whose required header is the blank second cell of a merge, naming the column", async () => {
    // "Risk" merged over RM2000/s and OGRS3: the RM2000/s header is gone, so the user must map it
    const header = HEADER.map((h) => (h === "RM2000/s" ? "Risk" : h === "OGRS3" ? "" : h));
    const fake = createFakeExcel({ firstSheetName: "Cohort" });
    fake.state.writeCells("Cohort", "A1", [header, personRow("P1")]);
    await assert.rejects(routeActiveSheet(fake), {
      code: "MAPPING_PROBLEM",
      message: /missing required column: RM2000\/s/,
    });
  });
});
