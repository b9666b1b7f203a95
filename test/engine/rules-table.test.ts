import assert from "node:assert/strict";
import { routeRecord } from "../support/route-records";
import { COMPLETED_AND_CHECKS_CASES } from "./rule-cases/completed-and-checks";
import { PROGRAMME_CHOICE_CASES } from "./rule-cases/programme-choice";
import { readExpectation, RuleCase } from "./rule-cases/rule-case";
import { SCOPE_AND_ELIGIBILITY_CASES } from "./rule-cases/scope-and-eligibility";
import { VALIDATION_CASES } from "./rule-cases/validation";

/** The rules whose reason carries `[reconstructed]` (spec, introduction). */
const RECONSTRUCTED = new Set(["S-2", "S-3", "D-3", "A-1", "A-2", "A-3", "A-4", "R-2", "T-1"]);
const RULE_LINE = /^([A-Z]+-\d+): \S/;

const CASES: RuleCase[] = [
  ...VALIDATION_CASES,
  ...SCOPE_AND_ELIGIBILITY_CASES,
  ...PROGRAMME_CHOICE_CASES,
  ...COMPLETED_AND_CHECKS_CASES,
];

describe("the foi-86525 rules, one table row at a time", () => {
  for (const testCase of CASES) {
    it(`${testCase.rule}: ${testCase.says}`, () => {
      const result = routeRecord(testCase.row, { asOf: testCase.asOf });
      const want = readExpectation(testCase.expect);
      assert.deepEqual(
        {
          programme: result.programme,
          status: result.status,
          tier: result.tier,
          flags: result.flags.join(";"),
          followOn: result.followOn.join(";"),
          decidingRule: result.decidingRule,
        },
        want,
      );
      assert.equal(result.policy, "foi-86525@1.0.0");
      assert.ok(result.reasons[0].startsWith(`${want.decidingRule}: `), `first reason: ${result.reasons[0]}`);
      for (const line of result.reasons) {
        const id = RULE_LINE.exec(line)?.[1];
        assert.ok(id, `a reason line starts with a rule ID: ${line}`);
        assert.equal(line.includes("[reconstructed]"), RECONSTRUCTED.has(id), `[reconstructed] on: ${line}`);
      }
      const fired = result.reasons.some((line) => line.startsWith(`${testCase.rule}: `));
      assert.equal(fired, testCase.fires !== false, `${testCase.rule} fired: ${result.reasons.join(" / ")}`);
    });
  }

  it("has at least two cases for every rule of the procedure", () => {
    const rules = ["S-1", "S-2", "S-3", "C-1", "D-1", "D-2", "D-3", "A-1", "A-2", "A-3", "A-4", "R-1", "R-2"];
    rules.push("R-3", "R-4", "R-5", "F-1", "F-2", "F-3", "T-1", "T-2", "T-3", "T-4", "V-1", "V-2");
    for (const rule of rules) {
      const count = CASES.filter((c) => c.rule === rule).length;
      assert.ok(count >= 2, `${rule} has ${count} case(s)`);
    }
  });
});
