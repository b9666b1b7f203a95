import assert from "node:assert/strict";
import { createRowParser, mapHeaders } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";

const policy = getBundledPolicy();
const headers = ["ID", "Offence", "RM2000/s", "OGRS3", "Age"];
const parseRow = createRowParser(mapHeaders(headers, policy), policy);

describe("a header row repeated inside the data", () => {
  it("gives one problem saying so, instead of one per column", () => {
    const { problems } = parseRow(["ID", "Offence", "RM2000/s", "OGRS3", "Age"]);
    assert.equal(problems.length, 1);
    assert.equal(
      problems[0].message,
      'this row repeats the column headers ("Offence", "RM2000/s", "OGRS3" …): delete it, or route each cohort on its own',
    );
  });

  it("keeps one problem per field when fewer than three cells repeat their header", () => {
    const { problems } = parseRow(["P1", "Offence", "RM2000/s", "Blue", "Old"]);
    assert.deepEqual(
      problems.map((p) => p.field),
      ["offence", "rm2000s", "ogrs3", "age"],
    );
  });
});
