import assert from "node:assert/strict";
import { routeCohortInExcel } from "../../src/excel";
import { AS_OF, cohortRows, fakeWithCohort, INPUT_COLUMNS, POLICY } from "./cohort-fixture";

describe("routing 100,000 rows in one Excel.run", () => {
  const ROWS = 100_000;
  const fake = fakeWithCohort(cohortRows(ROWS));
  let outcome: Awaited<ReturnType<typeof routeCohortInExcel>>;

  before(async () => {
    outcome = await fake.Excel.run((context) => routeCohortInExcel(context, { policy: POLICY, asOf: AS_OF }));
  });

  it("routes every row and writes its status", () => {
    assert.equal(outcome.rowCount, ROWS);
    assert.equal(
      Object.values(outcome.statusCounts).reduce((a, b) => a + b, 0),
      ROWS,
    );
    const sheet = fake.state.sheet("Cohort");
    assert.notEqual(sheet.getValue(ROWS, INPUT_COLUMNS + 1), "");
  });

  it("keeps every request and response under 5 MB, with the expected syncs", () => {
    const largest = Math.max(...fake.syncLog.map((s) => Math.max(s.requestBytes, s.responseBytes)));
    assert.ok(largest < 2_500_000, `largest payload ${largest} bytes`);
    assert.ok(fake.syncLog.every((s) => s.outcome === "ok"));
    const isWriteBlock = (m: string[]) => m.includes("application.suspendApiCalculationUntilNextSync");
    const writeBlocks = fake.syncLog.filter((s) => isWriteBlock(s.methods)).length;
    const readBlocks = fake.syncLog.filter((s) => s.methods.length === 0 && s.responseBytes > 100_000).length;
    // locate 2 + plan 2 + reads + headers/marker 1 + writes + table/marker 1 + format 1
    assert.equal(fake.syncCount, 2 + 2 + readBlocks + 1 + writeBlocks + 1 + 1);
    assert.ok(readBlocks >= 10 && readBlocks <= 40, `${readBlocks} read blocks`);
    assert.ok(writeBlocks >= 5 && writeBlocks <= 40, `${writeBlocks} write blocks`);
  });
});
