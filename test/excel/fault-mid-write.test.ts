import assert from "node:assert/strict";
import { RUN_MARKER_TEXT, routeCohortInExcel } from "../../src/excel";
import { OUTPUT_COLUMNS } from "../../src/parsing";
import { AS_OF, cohortRows, fakeWithCohort, INPUT_COLUMNS, POLICY, snapshotSheet } from "./cohort-fixture";

const ROWS = 6000;
const options = { policy: POLICY, asOf: AS_OF, sizing: { targetBytes: 200_000 } };
const markerColumn = INPUT_COLUMNS + OUTPUT_COLUMNS.length;
const statusColumn = INPUT_COLUMNS + OUTPUT_COLUMNS.indexOf("Status");

/** The sheet after an uninterrupted run, to compare with a repaired one. */
async function cleanRunSnapshot(): Promise<unknown> {
  const fake = fakeWithCohort(cohortRows(ROWS));
  await fake.Excel.run((context) => routeCohortInExcel(context, options));
  return snapshotSheet(fake, "Cohort");
}

describe("a sync that fails in the middle of writing (a dropped connection)", () => {
  it("leaves the run marker visible, whole blocks written, and a re-run repairs the sheet", async () => {
    const fake = fakeWithCohort(cohortRows(ROWS));
    const probe = fakeWithCohort(cohortRows(ROWS));
    await probe.Excel.run((context) => routeCohortInExcel(context, options));
    const writeSyncs = probe.syncLog.flatMap((s, i) =>
      s.methods.includes("application.suspendApiCalculationUntilNextSync") ? [i + 1] : [],
    );
    assert.ok(writeSyncs.length >= 4, `${writeSyncs.length} write blocks`);
    fake.failSync(writeSyncs[2]);

    await assert.rejects(
      fake.Excel.run((context) => routeCohortInExcel(context, options)),
      { code: "ConnectionFailure" },
    );
    const sheet = fake.state.sheet("Cohort");
    assert.equal(sheet.getValue(0, markerColumn), RUN_MARKER_TEXT);
    const written = Array.from({ length: ROWS }, (_, i) => sheet.getValue(1 + i, statusColumn) !== "");
    const firstGap = written.indexOf(false);
    assert.ok(firstGap > 0 && written.slice(firstGap).every((w) => !w), "written rows are a prefix of whole blocks");

    await fake.Excel.run((context) => routeCohortInExcel(context, options));
    assert.equal(sheet.getValue(0, markerColumn), "");
    assert.deepEqual(snapshotSheet(fake, "Cohort"), await cleanRunSnapshot());
  });

  it("repairs a half-written table whose outputs were not yet inside it", async () => {
    const fake = fakeWithCohort(cohortRows(ROWS));
    const table = fake.state.addTable(fake.state.sheet("Cohort"), { r0: 0, c0: 0, r1: ROWS, c1: INPUT_COLUMNS - 1 });
    const lastWrite = async () => {
      const probe = fakeWithCohort(cohortRows(ROWS));
      probe.state.addTable(probe.state.sheet("Cohort"), { ...table.box });
      await probe.Excel.run((context) => routeCohortInExcel(context, options));
      return probe.syncLog.findIndex((s) => s.methods.includes("resize")) + 1;
    };
    fake.failSync(await lastWrite());
    await assert.rejects(fake.Excel.run((context) => routeCohortInExcel(context, options)));
    assert.equal(table.box.c1, INPUT_COLUMNS - 1, "the table was not resized");
    assert.equal(fake.state.sheet("Cohort").getValue(0, markerColumn), RUN_MARKER_TEXT);

    const second = await fake.Excel.run((context) => routeCohortInExcel(context, options));
    assert.equal(second.plan.interruptedRunFound, true);
    assert.deepEqual(second.plan.reused, [...OUTPUT_COLUMNS]);
    assert.equal(table.box.c1, INPUT_COLUMNS + OUTPUT_COLUMNS.length - 1);
    assert.equal(fake.state.sheet("Cohort").getValue(0, markerColumn), "");
  });
});
