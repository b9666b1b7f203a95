import assert from "node:assert/strict";
import { itemsTestedBy } from "../../src/engine/tested-items";
import { getBundledPolicy, listBundledPolicies } from "../../src/policies";
import { routeRecord } from "../support/route-records";

const reasonLine = (reasons: readonly string[], rule: string) => reasons.find((line) => line.startsWith(`${rule}:`));

describe("reason placeholders show only what the rule used", () => {
  it("F-1 names the offence-related sexual interest needs (SPC or SPV), not every need", () => {
    const result = routeRecord({ Offence: "Contact", "RM2000/s": "Low", OGRS3: "60", Needs: "SPC; ASB; SE" });
    assert.equal(
      reasonLine(result.reasons, "F-1"),
      "F-1: offence-related sexual interest (SPC): Healthy Sex Programme to follow",
    );
    const both = routeRecord({ Offence: "Contact", "RM2000/s": "Low", OGRS3: "60", Needs: "WD, SPV, SPC" });
    assert.equal(
      reasonLine(both.reasons, "F-1"),
      "F-1: offence-related sexual interest (SPV, SPC): Healthy Sex Programme to follow",
    );
  });

  it("R-5 still names every need Low Intensity cannot meet", () => {
    const result = routeRecord({ Offence: "Non-contact", "RM2000/s": "Medium", OGRS3: "60", Needs: "ASB; SE" });
    assert.equal(
      reasonLine(result.reasons, "R-5"),
      "R-5: needs Low Intensity cannot meet (ASB, SE): diverted to High Intensity",
    );
  });

  it("in every bundled policy, a rule naming a list field in its reason looks at that field", () => {
    for (const id of listBundledPolicies()) {
      const policy = getBundledPolicy(id);
      for (const rule of policy.data.steps.flatMap((step) => step.rules)) {
        for (const [, name] of rule.reason.matchAll(/\{(\w+)\}/g)) {
          if (policy.fieldByName.get(name)?.kind !== "list") continue;
          assert.ok(itemsTestedBy(rule.when, name, policy), `${id} ${rule.id}: {${name}} shows items it never tested`);
        }
      }
    }
  });
});
