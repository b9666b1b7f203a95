import assert from "node:assert/strict";
import { OUTPUT_COLUMNS, planOutputLayout } from "../../src/parsing";

describe("planning where the output columns go", () => {
  it("puts every output right of the input columns on a first run", () => {
    const layout = planOutputLayout(["ID", "Offence", "RM2000/s"], 3, OUTPUT_COLUMNS);
    assert.deepEqual(Object.values(layout.columns), [3, 4, 5, 6, 7, 8, 9]);
    assert.deepEqual(layout.reused, []);
    assert.deepEqual(layout.added, [3, 4, 5, 6, 7, 8, 9]);
  });

  it("updates an earlier run's outputs where they are, keeping the user's column order", () => {
    const header = ["ID", "status", "Offence", "Programme", "RM2000/s", "Notes"];
    const layout = planOutputLayout(header, header.length, ["Programme", "Status", "Reasons"]);
    assert.deepEqual(layout.columns, { Programme: 3, Status: 1, Reasons: 6 });
    assert.deepEqual(layout.reused, ["Programme", "Status"]);
    assert.deepEqual(layout.added, [6]);
  });

  it("adds the missing outputs after the last reused one when ours end the header", () => {
    const header = ["ID", "Offence", "Programme", "Status"];
    const layout = planOutputLayout(header, 2, ["Programme", "Status", "Policy"]);
    assert.deepEqual(layout.columns, { Programme: 2, Status: 3, Policy: 4 });
  });

  it("reuses the first of two columns with the same output header only", () => {
    const layout = planOutputLayout(["ID", "Status", "Offence", "Status"], 4, ["Status"]);
    assert.deepEqual(layout.columns, { Status: 1 });
  });
});
