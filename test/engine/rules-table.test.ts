import assert from "node:assert/strict";
import { getBundledPolicy } from "../../src/policies";
import { COMPLETED_AND_CHECKS_CASES } from "./rule-cases/completed-and-checks";
import { describeRuleTable } from "./rule-cases/describe-rule-table";
import { PROGRAMME_CHOICE_CASES } from "./rule-cases/programme-choice";
import { SCOPE_AND_ELIGIBILITY_CASES } from "./rule-cases/scope-and-eligibility";
import { VALIDATION_CASES } from "./rule-cases/validation";

describeRuleTable(getBundledPolicy("foi-86525"), [
  ...VALIDATION_CASES,
  ...SCOPE_AND_ELIGIBILITY_CASES,
  ...PROGRAMME_CHOICE_CASES,
  ...COMPLETED_AND_CHECKS_CASES,
]);

describe("the foi-86525 policy file", () => {
  it("tags exactly the rules the spec marks [reconstructed]", () => {
    const rules = getBundledPolicy("foi-86525").data.steps.flatMap((step) => step.rules);
    const tagged = new Set(rules.filter((rule) => rule.reconstructed === true).map((rule) => rule.id));
    assert.deepEqual([...tagged].sort(), ["A-1", "A-2", "A-3", "A-4", "D-3", "R-2", "S-2", "S-3", "T-1"]);
  });
});
