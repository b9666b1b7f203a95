import assert from "node:assert/strict";
import { resultCells } from "../../src/engine";
import { getBundledPolicy } from "../../src/policies";
import { decideRecords, InputRecord } from "../support/route-records";

const policy = getBundledPolicy();
const cellsOf = (record: InputRecord) => resultCells(decideRecords([record])[0], policy);

describe("the output cells of a result", () => {
  it("writes R-4's reason exactly as the spec's example", () => {
    assert.equal(
      cellsOf({ Offence: "IIOC only", "RM2000/s": "High", OGRS3: "80" }).Reasons,
      "R-4: images-only offenders qualify for LI only at RM2000/s Very High (this person: High)",
    );
  });

  it("separates flags and follow-ons with ; and reasons with line breaks, deciding rule first", () => {
    const cells = cellsOf({
      Offence: "Contact",
      "RM2000/s": "High",
      OGRS3: "80",
      "Learning disability": "Y",
      Needs: "SPC",
    });
    assert.deepEqual(
      [cells.Programme, cells.Status, cells["Dosage tier"], cells.Flags, cells["Follow-on"], cells.Policy],
      [
        "Becoming New Me",
        "Recommended",
        "High",
        "ADAPTED_SUITE;HSP_FOLLOW_ON",
        "Living as New Me;Healthy Sex Programme",
        "foi-86525@1.0.0",
      ],
    );
    assert.deepEqual(
      cells.Reasons.split("\n").map((line) => line.split(":")[0]),
      ["A-2", "F-1"],
    );
  });

  it("writes every cell blank, the Policy included, for an all-blank row", () => {
    assert.deepEqual(Object.values(cellsOf({ ID: "" })), ["", "", "", "", "", "", ""]);
  });

  it("writes Programme None with a blank tier and the policy for an Invalid row", () => {
    const cells = cellsOf({ Offence: "Contact", "RM2000/s": "Hgh" });
    assert.deepEqual(
      [cells.Programme, cells.Status, cells["Dosage tier"], cells.Policy],
      ["None", "Invalid", "", "foi-86525@1.0.0"],
    );
  });
});
