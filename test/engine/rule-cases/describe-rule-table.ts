import assert from "node:assert/strict";
import type { Policy } from "../../../src/policies";
import { routeRecord } from "../../support/route-records";
import { readExpectation, RuleCase } from "./rule-case";

const RULE_LINE = /^([A-Z]+-\d+): \S/;

/**
 * The rule-by-rule table of one policy. The stamp, the rules that need cases and the rules whose reason carries the
 * reconstructed tag are read from the policy file, so the same runner serves every policy.
 */
export function describeRuleTable(policy: Policy, cases: readonly RuleCase[], headers?: readonly string[]): void {
  const { data } = policy;
  const rules = data.steps.flatMap((step) => step.rules);
  const ruleIds = [
    ...new Set([data.validation.invalidRule, data.validation.incompleteRule, ...rules.map((r) => r.id)]),
  ];
  const alwaysTagged = new Set(rules.filter((r) => r.reconstructed === true).map((r) => r.id));
  const sometimesTagged = new Set(rules.filter((r) => typeof r.reconstructed === "object").map((r) => r.id));
  const tag = data.reconstructedTag;

  describe(`the ${data.id} rules, one table row at a time`, () => {
    for (const testCase of cases) {
      it(`${testCase.rule}: ${testCase.says}`, () => {
        const result = routeRecord(testCase.row, { asOf: testCase.asOf, policy, headers: testCase.headers ?? headers });
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
        assert.equal(result.policy, policy.stamp);
        assert.ok(result.reasons[0].startsWith(`${want.decidingRule}: `), `first reason: ${result.reasons[0]}`);
        for (const line of result.reasons) {
          const id = RULE_LINE.exec(line)?.[1];
          assert.ok(id, `a reason line starts with a rule ID: ${line}`);
          const tagged = sometimesTagged.has(id) ? (id === testCase.rule ? testCase.tagged : undefined) : undefined;
          if (sometimesTagged.has(id) && tagged === undefined) continue;
          assert.equal(line.includes(tag), tagged ?? alwaysTagged.has(id), `${tag} on: ${line}`);
        }
        const fired = result.reasons.some((line) => line.startsWith(`${testCase.rule}: `));
        assert.equal(fired, testCase.fires !== false, `${testCase.rule} fired: ${result.reasons.join(" / ")}`);
      });
    }

    it("has at least two cases for every rule of the procedure", () => {
      for (const rule of ruleIds) {
        const count = cases.filter((c) => c.rule === rule).length;
        assert.ok(count >= 2, `${rule} has ${count} case(s)`);
      }
    });

    it("says for every case of a rule tagged only sometimes whether its line carries the tag", () => {
      for (const c of cases.filter((c) => sometimesTagged.has(c.rule) && c.fires !== false))
        assert.notEqual(c.tagged, undefined, `${c.rule}: ${c.says}`);
    });
  });
}
