import assert from "node:assert/strict";
import path from "node:path";
import { readFileSync } from "node:fs";
import { REPO_ROOT, runCli } from "../support/run-cli";

describe("sotp policy", () => {
  it("prints the default policy's fields, rules and programmes as text", () => {
    const run = runCli(["policy"]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Policy foi-86525@1\.0\.0: /);
    assert.match(
      run.stdout,
      /\nMaintains innocence \(`denial`\)\n {4}headers accepted: Maintains innocence, Denial, Denies\n/,
    );
    assert.match(run.stdout, /\nF-1\n {4}when: {4}orsi and Maintains innocence is no/);
    assert.match(run.stdout, /\nHSP\n {4}programme: +Healthy Sex Programme\n/);
  });

  it("prints Markdown as in docs/policies, for an id, an id@version or a policy file", () => {
    const expected = readFileSync(path.join(REPO_ROOT, "docs/policies/foi-86525.md"), "utf8");
    assert.equal(runCli(["policy", "foi-86525@1.0.0", "--format", "md"]).stdout, expected);
    const file = runCli(["policy", path.join(REPO_ROOT, "src/policies/foi-86525.json"), "--format", "md"]);
    assert.equal(file.stdout, expected);
  });

  it("exits 2 for an unknown policy or format", () => {
    assert.match(runCli(["policy", "nope"]).stderr, /unknown policy "nope"/);
    assert.equal(runCli(["policy", "--format", "html"]).status, 2);
  });
});
