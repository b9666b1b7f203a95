import assert from "node:assert/strict";
import { getBundledPolicy } from "../../src/policies";
import { fuzzEngine } from "./fuzz-engine";

/** The full million runs with `npm run fuzz` (about 45 s here); the test keeps to a tenth of it. */
const ROWS = 100_000;

describe("fuzzing the engine with random rows", () => {
  const report = fuzzEngine(ROWS);
  const statuses = Object.values(getBundledPolicy("foi-86525").data.statuses);

  it(`routes ${ROWS.toLocaleString("en-GB")} random rows without an exception, one status each`, () => {
    assert.equal(report.rows, ROWS);
    assert.deepEqual(report.badRows, []);
    const counted = Object.values(report.statusCounts).reduce((sum, n) => sum + n, 0);
    assert.equal(counted, ROWS);
  });

  it("reaches every status of the policy, so the rows are not all rejected at V-1", () => {
    for (const status of statuses) assert.ok((report.statusCounts[status] ?? 0) > 0, status);
  });
});
