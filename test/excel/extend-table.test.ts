import assert from "node:assert/strict";
import { routeCohortInExcel } from "../../src/excel";
import { OUTPUT_COLUMNS } from "../../src/parsing";
import { AS_OF, cohortRows, fakeWithCohort, INPUT_COLUMNS, POLICY, snapshotSheet } from "./cohort-fixture";

describe("routing a cohort held in a table", () => {
  const ROWS = 20_000;
  const fake = fakeWithCohort(cohortRows(ROWS), "C4");
  const table = fake.state.addTable(
    fake.state.sheet("Cohort"),
    { r0: 3, c0: 2, r1: 3 + ROWS, c1: 1 + INPUT_COLUMNS },
    "Intake",
  );
  const route = () =>
    fake.Excel.run((context) =>
      routeCohortInExcel(context, { policy: POLICY, asOf: AS_OF, sizing: { targetBytes: 300_000 } }),
    );

  it("extends the table over the output columns with one resize after the values", async () => {
    await route();
    assert.deepEqual(table.box, { r0: 3, c0: 2, r1: 3 + ROWS, c1: 1 + INPUT_COLUMNS + OUTPUT_COLUMNS.length });
    const methods = fake.syncLog.flatMap((s) => s.methods);
    assert.equal(methods.filter((m) => m === "resize").length, 1);
    const resizeSync = fake.syncLog.findIndex((s) => s.methods.includes("resize"));
    const isValuesBlock = fake.syncLog.map((s) => s.methods.includes("application.suspendApiCalculationUntilNextSync"));
    const lastValuesBlock = isValuesBlock.lastIndexOf(true);
    assert.ok(resizeSync > lastValuesBlock, "resize comes after the last value block");
    const writeBlocks = fake.syncLog.filter((s) =>
      s.methods.includes("application.suspendApiCalculationUntilNextSync"),
    );
    assert.ok(writeBlocks.length > 1, "the values went in several blocks");
    assert.equal(fake.state.sheet("Cohort").getValue(3, 2 + INPUT_COLUMNS + 1), "Status");
  });

  it("keeps the same table and sheet when routed again", async () => {
    const before = snapshotSheet(fake, "Cohort");
    await route();
    assert.deepEqual(snapshotSheet(fake, "Cohort"), before);
    assert.equal(fake.state.tables.length, 1);
  });
});
