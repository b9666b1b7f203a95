import assert from "node:assert/strict";
import { rowRuns } from "../../../src/excel/compare";

describe("runs of rows to select", () => {
  it("joins consecutive data rows into one area each", () => {
    assert.deepEqual(rowRuns([1, 2, 3, 7, 9, 10]), [
      [1, 3],
      [7, 7],
      [9, 10],
    ]);
    assert.deepEqual(rowRuns([]), []);
  });
});
