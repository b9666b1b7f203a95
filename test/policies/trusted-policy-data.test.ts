import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkPolicy } from "../../src/policies/check-policy";
import { loadPolicy } from "../../src/policies/load-policy";
import { checkPolicy as trustChecks } from "../../src/policies/trust-policy-checks";
import { validatePolicyData as trust } from "../../src/policies/trust-policy-data";
import { validatePolicyData } from "../../src/policies/validate-policy-data";

const POLICIES = path.join(__dirname, "../../src/policies");
const shipped = readdirSync(POLICIES).filter((name) => name.endsWith(".json"));

describe("the task pane's trusted policy data", () => {
  for (const name of shipped) {
    it(`gives exactly the schema-validated data for the shipped ${name}`, () => {
      const raw: unknown = JSON.parse(readFileSync(path.join(POLICIES, name), "utf8"));
      const validated = validatePolicyData(raw);
      assert.ok(validated.ok, validated.ok ? "" : validated.problems.join("; "));
      assert.deepEqual(trust(raw), validated);
    });

    it(`finds no unresolved reference in the shipped ${name}, as the pane's trusted checks assume`, () => {
      const policy = loadPolicy(JSON.parse(readFileSync(path.join(POLICIES, name), "utf8")));
      assert.deepEqual(checkPolicy(policy), trustChecks(policy));
    });
  }

  it("is not what the command line uses: a broken policy file is still refused there", () => {
    const broken = validatePolicyData({ id: "x" });
    assert.equal(broken.ok, false);
  });
});
