import assert from "node:assert/strict";
import { routeRecord } from "../support/route-records";

const VALID = { Offence: "Contact", "RM2000/s": "Low", OGRS3: "60" };

describe("a row with invalid values", () => {
  const result = routeRecord({
    ...VALID,
    "RM2000/s": "Hgh",
    Age: "9",
    "Release date": "31/02/2014",
    Needs: "SPC; XYZ",
    "Active appeal": "N/A",
  });

  it("is Invalid with no programme, tier, flags or follow-on", () => {
    assert.deepEqual(
      [result.programme, result.status, result.tier, result.flags, result.followOn, result.decidingRule],
      ["None", "Invalid", "", [], [], "V-1"],
    );
  });

  it("has one V-1 reason line per invalid field", () => {
    assert.equal(result.reasons.length, 5);
    assert.ok(result.reasons.every((line) => line.startsWith("V-1: ")));
  });

  it("names the field, the value and what is accepted on each line", () => {
    const expected: [RegExp, RegExp, RegExp][] = [
      [/RM2000\/s/, /"Hgh"/, /Low.*Medium.*High.*Very High/],
      [/Age/, /"9"/, /10.*110/],
      [/Release date/, /"31\/02\/2014"/, /31\/03\/2014|dd\/mm\/yyyy|date/i],
      [/Needs/, /XYZ/, /SPC/],
      [/Active appeal/, /"N\/A"/, /yes|no/i],
    ];
    for (const [field, value, accepted] of expected) {
      const line = result.reasons.find((reason) => field.test(reason));
      assert.ok(line, `a line names ${field}`);
      assert.match(line, value);
      assert.match(line, accepted);
    }
  });
});

describe("blank cells", () => {
  it("treats non-breaking spaces and white space as blank, so defaults apply", () => {
    const spaced = routeRecord({ ...VALID, Sex: "\u00a0", Willing: " \t", Setting: "\u00a0\u00a0", Age: " " });
    const plain = routeRecord(VALID);
    assert.deepEqual(spaced, plain);
    assert.equal(plain.programme, "Low Intensity");
  });

  it("gives blank outputs to a row whose every cell is blank", () => {
    const result = routeRecord({ ID: "\u00a0", Offence: " ", Notes: "" });
    assert.deepEqual([result.programme, result.status, result.tier, result.reasons], ["", "", "", []]);
  });
});
