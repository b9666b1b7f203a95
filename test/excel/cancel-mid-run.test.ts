import assert from "node:assert/strict";
import { RUN_MARKER_TEXT, routeCohortInExcel } from "../../src/excel";
import { OUTPUT_COLUMNS } from "../../src/parsing";
import { AS_OF, cohortRows, fakeWithCohort, INPUT_COLUMNS, POLICY, snapshotSheet } from "./cohort-fixture";

const ROWS = 5000;
const markerColumn = INPUT_COLUMNS + OUTPUT_COLUMNS.length;

describe("Cancel in the middle of a run", () => {
  it("stops between write blocks, leaves the marker and whole rows, and a re-run completes the sheet", async () => {
    const fake = fakeWithCohort(cohortRows(ROWS));
    let cancelled = false;
    const options = {
      policy: POLICY,
      asOf: AS_OF,
      sizing: { targetBytes: 150_000 },
      isCancelled: () => cancelled,
      onProgress: (phase: string, rows: number) => (cancelled = phase === "writing" && rows >= ROWS / 3),
    };
    await assert.rejects(
      fake.Excel.run((context) => routeCohortInExcel(context, options)),
      { code: "CANCELLED" },
    );
    const sheet = fake.state.sheet("Cohort");
    assert.equal(sheet.getValue(0, markerColumn), RUN_MARKER_TEXT);
    const rowsWithOutputs = Array.from(
      { length: ROWS },
      (_, i) => OUTPUT_COLUMNS.map((_, c) => sheet.getValue(1 + i, INPUT_COLUMNS + c)).filter((v) => v !== "").length,
    );
    const written = rowsWithOutputs.filter((n) => n > 0).length;
    assert.ok(written >= ROWS / 3 && written < ROWS, `${written} rows written before the cancel`);
    assert.ok(
      rowsWithOutputs.slice(written).every((n) => n === 0),
      "nothing written after the cancel point",
    );

    cancelled = false;
    await fake.Excel.run((context) => routeCohortInExcel(context, { ...options, onProgress: () => undefined }));
    const clean = fakeWithCohort(cohortRows(ROWS));
    await clean.Excel.run((context) => routeCohortInExcel(context, { policy: POLICY, asOf: AS_OF }));
    assert.deepEqual(snapshotSheet(fake, "Cohort"), snapshotSheet(clean, "Cohort"));
  });
});
