import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { getBundledPolicy, listBundledPolicies } from "../../src/policies";
import { buildPolicyDocument, renderMarkdown } from "../../src/policy-docs";
import { REPO_ROOT } from "../support/run-cli";

describe("docs/policies are generated from the policy data and current", () => {
  for (const id of listBundledPolicies()) {
    it(`docs/policies/${id}.md is what \`sotp policy ${id} --format md\` prints`, () => {
      const file = path.join(REPO_ROOT, "docs/policies", `${id}.md`);
      const regenerate = `regenerate it: npx sotp policy ${id} --format md > docs/policies/${id}.md`;
      assert.ok(existsSync(file), `docs/policies/${id}.md is missing; ${regenerate}`);
      const current = renderMarkdown(buildPolicyDocument(getBundledPolicy(id)));
      assert.ok(readFileSync(file, "utf8") === current, `docs/policies/${id}.md is out of date; ${regenerate}`);
    });
  }
});
