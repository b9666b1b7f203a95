import assert from "node:assert/strict";
import { routeRecord } from "../support/route-records";

describe("V-2: rows with a blank offence, RM2000/s or OGRS3", () => {
  it("names the one blank field that could change the outcome", () => {
    const result = routeRecord({ Offence: "Contact", "RM2000/s": "Low" });
    assert.equal(result.status, "Incomplete");
    assert.match(result.reasons[0], /^V-2: .*OGRS3/);
    assert.doesNotMatch(result.reasons[0], /Offence|RM2000\/s/);
  });

  it("names every blank field when several are blank", () => {
    const result = routeRecord({ ID: "X1" });
    assert.equal(result.status, "Incomplete");
    assert.equal(result.reasons.length, 1);
    for (const label of ["Offence", "RM2000/s", "OGRS3"]) assert.ok(result.reasons[0].includes(label), label);
  });

  it("gives blank Dosage tier, flags and follow-on but still stamps the policy", () => {
    const result = routeRecord({ "RM2000/s": "Medium", OGRS3: "60", Needs: "SPC" });
    assert.deepEqual(
      [result.programme, result.status, result.tier, result.flags, result.followOn, result.policy],
      ["None", "Incomplete", "", [], [], "foi-86525@1.0.0"],
    );
  });

  it("routes an all-blank row to blank outputs", () => {
    const result = routeRecord({ ID: " ", Site: "\u00a0" });
    assert.deepEqual([result.programme, result.status, result.reasons], ["", "", []]);
  });

  it("routes a row with only an unknown column filled", () => {
    const result = routeRecord({ Notes: "seen 3 May" });
    assert.equal(result.status, "Incomplete");
  });
});
