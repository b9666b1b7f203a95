import assert from "node:assert/strict";
import { ExcelLayerError } from "../../../src/excel/excel-layer-error";
import { describeCalculateError, describeTally } from "../../../src/taskpane/calculators/calculator-text";

describe("the calculator card's texts", () => {
  it("says how a calculator came out, leaving out what did not happen", () => {
    assert.equal(
      describeTally({ name: "OGRS3", scored: 1200, notApplicable: 0, invalid: 3 }),
      "1,200 scored · 3 Invalid",
    );
    assert.equal(describeTally({ name: "OSP/DC", scored: 0, notApplicable: 2, invalid: 0 }), "2 not applicable");
    assert.equal(describeTally({ name: "RM2000/s", scored: 0, notApplicable: 0, invalid: 0 }), "nothing to calculate");
  });

  it("tells the user what to do when cells are in the way or no header row names the items", () => {
    const blocked = describeCalculateError(new ExcelLayerError("OUTPUT_BLOCKED", "x", ["Cohort!Z10"]));
    assert.equal(blocked.title, "Nothing was written: cells are in the way");
    assert.match(blocked.detail, /Move or clear this cell, then calculate again/);
    assert.deepEqual(blocked.cells, ["Cohort!Z10"]);
    const noHeader = describeCalculateError(new ExcelLayerError("NO_HEADER_ROW", "x"));
    assert.match(noHeader.detail, /names the raw items, such as Age at first sanction/);
  });
});
