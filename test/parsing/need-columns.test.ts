import assert from "node:assert/strict";
import { CellValue, createRowParser, mapHeaders } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { routeRecord } from "../support/route-records";

const policy = getBundledPolicy("foi-86525");
const HEADERS = ["Offence", "RM2000/s", "Needs", "SPC", "Strong preference for sexual violence", "WD"];
const parseRow = createRowParser(mapHeaders(HEADERS, policy), policy);

function needsOf(needsCell: string, spc: CellValue, spv: CellValue, wd: CellValue): string[] {
  const row = parseRow(["Contact", "Low", needsCell, spc, spv, wd]);
  assert.deepEqual(row.problems, []);
  return [...(row.values.needs as string[])].sort();
}

describe("needs given as their own yes/no columns", () => {
  it("adds a need for each yes column, alongside the needs named in the Needs cell", () => {
    assert.deepEqual(needsOf("ASB", "Y", "yes", ""), ["ASB", "SPC", "SPV"]);
  });

  it("accepts Excel booleans and 1/0 in need columns", () => {
    assert.deepEqual(needsOf("", true, 1, 0), ["SPC", "SPV"]);
  });

  it("never removes a need named in the Needs cell when its column says no", () => {
    assert.deepEqual(needsOf("SPC; WD", "N", "", "FALSE"), ["SPC", "WD"]);
  });

  it("adds nothing for blank or no columns", () => {
    assert.deepEqual(needsOf("", "", "No", " "), []);
  });

  it("makes the row Invalid when a need column holds something other than yes or no", () => {
    const row = parseRow(["Contact", "Low", "", "maybe", "", ""]);
    assert.equal(row.problems.length, 1);
    assert.match(row.problems[0].message, /SPC.*"maybe"/);
  });

  it("routes on a need given only by its column: SPC adds the Healthy Sex Programme follow-on", () => {
    const result = routeRecord({ Offence: "Contact", "RM2000/s": "Low", OGRS3: "60", SPC: "Y" });
    assert.deepEqual([result.programme, result.followOn], ["Low Intensity", ["Healthy Sex Programme"]]);
  });
});
