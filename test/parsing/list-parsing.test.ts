import assert from "node:assert/strict";
import { CellValue } from "../../src/parsing";
import { parseCell } from "./parse-cell";

function itemsOf(header: "Needs" | "Completed", cell: CellValue): string[] {
  const { value, problems } = parseCell(header, cell);
  assert.deepEqual(problems, [], JSON.stringify(cell));
  return [...(value as string[])].sort();
}

describe("reading lists of needs and completed programmes", () => {
  it("splits items on ; or , and accepts codes and long names", () => {
    assert.deepEqual(itemsOf("Needs", "SPC;ASB"), ["ASB", "SPC"]);
    assert.deepEqual(itemsOf("Needs", "spc, Women are deceitful"), ["SPC", "WD"]);
    assert.deepEqual(itemsOf("Needs", "Strong preference for sexual violence; sexual entitlement"), ["SE", "SPV"]);
    assert.deepEqual(itemsOf("Completed", "LI, Becoming New Me;Healthy Sex Programme"), ["BNM", "HSP", "LI"]);
  });

  it("ignores empty items and items made only of dashes", () => {
    assert.deepEqual(itemsOf("Needs", "SPC;;ASB;"), ["ASB", "SPC"]);
    assert.deepEqual(itemsOf("Needs", "SPC; - ; --"), ["SPC"]);
    assert.deepEqual(itemsOf("Completed", "-"), []);
  });

  it("reads None as an empty list", () => {
    assert.deepEqual(itemsOf("Needs", "None"), []);
    assert.deepEqual(itemsOf("Completed", "none"), []);
  });

  it("reads a blank cell as an empty list", () => {
    assert.deepEqual(itemsOf("Needs", "\u00a0"), []);
  });

  it("rejects an unknown item with a message naming it", () => {
    const { problems } = parseCell("Needs", "SPC; XYZ");
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /XYZ/);
    assert.equal(parseCell("Completed", "LI; SOTP").problems.length, 1);
    assert.equal(parseCell("Needs", "N/A").problems.length, 1);
  });
});
