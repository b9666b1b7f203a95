import assert from "node:assert/strict";
import { compareTable, describeTransition, transitionCells, transitionTable } from "../../src/compare";
import { parseIsoDay } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { secondPolicy, SMALL_COHORT } from "./compare-fixture";

const asOf = parseIsoDay("2014-01-01") as number;

function compared(rows = SMALL_COHORT) {
  const result = compareTable(rows, { from: getBundledPolicy("foi-86525"), to: secondPolicy, asOf });
  assert.ok(result.ok, result.ok ? "" : result.message);
  return result;
}

describe("the transition table of two policies (spec section 7)", () => {
  it("counts each (from programme, from status, to programme, to status) once, largest first, blanks left out", () => {
    assert.deepEqual(transitionCells(transitionTable(compared())), [
      ["From programme", "From status", "To programme", "To status", "Rows"],
      ["High Intensity", "Recommended", "Horizon", "Recommended", 2],
      ["Low Intensity", "Recommended", "Kaizen", "Recommended", 1],
      ["None", "Invalid", "Kaizen", "Recommended", 1],
      ["None", "Not commissioned", "None", "Not commissioned", 1],
    ]);
  });

  it("remembers which data rows make each line, in sheet order", () => {
    assert.deepEqual(
      transitionTable(compared()).map((t) => t.rowIndexes),
      [[1, 2], [0], [5], [3]],
    );
  });

  it("breaks ties by the four texts in order, by code point (capitals before small letters)", () => {
    const rows = [SMALL_COHORT[0], ["B1", "Contact", "Low", "Low", "High"], ["B2", "Contact", "Low", "60", "High"]];
    const lines = transitionTable(compared(rows)).map((t) => [t.fromProgramme, t.fromStatus]);
    // both go to Kaizen; "Low Intensity" < "None"
    assert.deepEqual(lines, [
      ["Low Intensity", "Recommended"],
      ["None", "Not commissioned"],
    ]);
  });

  it("describes a line for people, as the pane shows it", () => {
    const [first, second] = transitionTable(compared());
    assert.equal(describeTransition(first), "2 people: High Intensity (Recommended) → Horizon (Recommended)");
    assert.equal(describeTransition(second), "1 person: Low Intensity (Recommended) → Kaizen (Recommended)");
  });

  it("is empty for a cohort of blank rows", () => {
    assert.deepEqual(transitionTable(compared([SMALL_COHORT[0], [], [null, ""]])), []);
  });
});
