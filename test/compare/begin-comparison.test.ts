import assert from "node:assert/strict";
import { beginComparison, compareTable } from "../../src/compare";
import { parseIsoDay } from "../../src/parsing";
import { foi, hmpps, SMALL_COHORT } from "./compare-fixture";

const asOf = parseIsoDay("2014-01-01") as number;

describe("a comparison built block by block", () => {
  it("gives the same routings as the whole table at once, duplicate IDs across blocks included", () => {
    const rows = [...SMALL_COHORT, ["a1", "Contact", "High", "60", "High", "Low", "Custody"]];
    const began = beginComparison(rows[0], 9, { from: foi, to: hmpps, asOf });
    assert.ok(began.ok);
    began.builder.addRows(rows.slice(1, 4));
    began.builder.addRows(rows.slice(4));
    const built = began.builder.finish();
    const whole = compareTable(rows, { from: foi, to: hmpps, asOf });
    assert.ok(whole.ok);
    assert.deepEqual(built.from.results, whole.from.results);
    assert.deepEqual(built.to.results, whole.to.results);
    assert.ok(built.to.results[0].flags.includes("DUPLICATE_ID"), "A1 and a1 are one ID");
    assert.ok(built.to.results[7].flags.includes("DUPLICATE_ID"));
  });

  it("refuses from the header alone, before any data row", () => {
    const began = beginComparison(["Offence", "OSP/DC"], 2, { from: foi, to: hmpps, asOf });
    assert.ok(!began.ok);
    assert.deepEqual(began.refusedBy, ["foi-86525@1.0.0"]);
  });
});
