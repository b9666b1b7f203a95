import assert from "node:assert/strict";
import { compareTable, describeTransition, transitionCells, transitionTable } from "../../src/compare";
import { parseIsoDay } from "../../src/parsing";
import { foi, hmpps, SMALL_COHORT } from "./compare-fixture";

const asOf = parseIsoDay("2014-01-01") as number;

function compared(rows = SMALL_COHORT) {
  const result = compareTable(rows, { from: foi, to: hmpps, asOf });
  assert.ok(result.ok, result.ok ? "" : result.message);
  return result;
}

describe("the transition table of foi-86525 → hmpps-2017 (spec section 7)", () => {
  it("counts each (from programme, from status, to programme, to status) once, largest first, blanks left out", () => {
    assert.deepEqual(transitionCells(transitionTable(compared())), [
      ["From programme", "From status", "To programme", "To status", "Rows"],
      ["High Intensity", "Recommended", "Kaizen", "Recommended", 2],
      ["Low Intensity", "Recommended", "Horizon", "Recommended", 1],
      ["Low Intensity", "Recommended", "iHorizon", "Recommended", 1],
      ["None", "Invalid", "Kaizen", "Recommended", 1],
      ["None", "Not commissioned", "None", "Not commissioned", 1],
    ]);
  });

  it("remembers which data rows make each line, in sheet order, and which lines are no move", () => {
    const lines = transitionTable(compared());
    assert.deepEqual(
      lines.map((t) => t.rowIndexes),
      [[0, 1], [2], [6], [5], [3]],
    );
    assert.deepEqual(
      lines.map((t) => t.unchanged),
      [false, false, false, false, true],
    );
  });

  it("breaks ties by the four texts in order, by code point (Kaizen before iHorizon, unlike a locale sort)", () => {
    const rows = [SMALL_COHORT[0], SMALL_COHORT[7], ["B1", "Contact", "Low", "60", "High", "Low", "Custody"]];
    assert.deepEqual(
      transitionTable(compared(rows)).map((t) => [t.fromProgramme, t.toProgramme]),
      [
        ["Low Intensity", "Kaizen"],
        ["Low Intensity", "iHorizon"],
      ],
    );
    assert.ok("iHorizon".localeCompare("Kaizen") < 0);
  });

  it("describes a line for people, as the pane shows it", () => {
    const [first, second] = transitionTable(compared());
    assert.equal(describeTransition(first), "2 people: High Intensity (Recommended) → Kaizen (Recommended)");
    assert.equal(describeTransition(second), "1 person: Low Intensity (Recommended) → Horizon (Recommended)");
  });

  it("is empty for a cohort of blank rows", () => {
    assert.deepEqual(transitionTable(compared([SMALL_COHORT[0], [], [null, ""]])), []);
  });
});
