import assert from "node:assert/strict";
import { routeCohortInExcel } from "../../../src/excel";
import { compareCohortCells, compareWorkbookCohort } from "../../../src/excel/compare";
import { createFakeExcel } from "../../support/fake-excel";
import { foi, hmpps, SMALL_COHORT } from "../../compare/compare-fixture";
import { AS_OF } from "../cohort-fixture";

const stored = SMALL_COHORT.map((row) => row.map((cell) => cell ?? ""));

describe("comparing a routing run's cells kept in memory", () => {
  it("gives the lines a read of the routed sheet gives, with no sync", async () => {
    const fake = createFakeExcel({ firstSheetName: "Cohort" });
    fake.state.writeCells("Cohort", "B2", stored);
    const run = await fake.Excel.run((context) => routeCohortInExcel(context, { policy: foi, asOf: AS_OF }));
    const options = { from: foi, to: hmpps, asOf: AS_OF };
    const syncs = fake.syncCount;
    const inMemory = compareCohortCells(run.location, run.cells, options);
    assert.equal(fake.syncCount, syncs);
    const reread = await fake.Excel.run((context) => compareWorkbookCohort(context, options));
    assert.deepEqual(inMemory.transitions, reread.transitions);
    assert.deepEqual(inMemory.compared, reread.compared);
    assert.ok(inMemory.transitions.length > 1);
  });
});
