import assert from "node:assert/strict";
import { ExcelLayerError, routeCohortInExcel } from "../../src/excel";
import { AS_OF, cohortRows, fakeWithCohort, INPUT_COLUMNS, POLICY, snapshotSheet } from "./cohort-fixture";

describe("when cells are in the way of the output columns", () => {
  it("stops before writing anything and names exactly those cells", async () => {
    const fake = fakeWithCohort(cohortRows(3000));
    const sheet = fake.state.sheet("Cohort");
    sheet.setValue(2500, INPUT_COLUMNS + 2, "someone's note");
    sheet.setValue(10, INPUT_COLUMNS + 6, " ");
    const before = snapshotSheet(fake, "Cohort");

    const error = await fake.Excel.run((context) => routeCohortInExcel(context, { policy: POLICY, asOf: AS_OF })).then(
      () => assert.fail("the run should stop"),
      (e: unknown) => e as ExcelLayerError,
    );
    assert.equal(error.code, "OUTPUT_BLOCKED");
    assert.deepEqual(error.cells, ["Cohort!W11", "Cohort!S2501"]);
    assert.match(error.message, /Cohort!S2501/);
    assert.deepEqual(snapshotSheet(fake, "Cohort"), before);
    assert.ok(
      fake.syncLog.every((s) => s.methods.length === 0),
      "no write was ever sent",
    );
  });

  it("treats a non-empty cell where the run marker goes, right of a table's outputs, as in the way", async () => {
    const fake = fakeWithCohort(cohortRows(5));
    fake.state.addTable(fake.state.sheet("Cohort"), { r0: 0, c0: 0, r1: 5, c1: INPUT_COLUMNS - 1 });
    fake.state.sheet("Cohort").setValue(0, INPUT_COLUMNS + 7, "Comments");
    await assert.rejects(
      fake.Excel.run((context) => routeCohortInExcel(context, { policy: POLICY, asOf: AS_OF })),
      (e: ExcelLayerError) => e.code === "OUTPUT_BLOCKED" && e.cells.join() === "Cohort!X1",
    );
  });
});
