import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT, runCli } from "../support/run-cli";

/**
 * The regression net: whole routed cohorts, every output column and reason, committed and compared byte for byte.
 * After an intended change of output, regenerate with `UPDATE_GOLDEN=1 npm run test:unit` and review the diff.
 */
const GOLDEN = path.join(REPO_ROOT, "test/fixtures/golden");

function checkGolden(name: string, routed: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(file, routed);
  const expected = readFileSync(file, "utf8");
  if (routed === expected) return;
  const got = routed.split("\n");
  const want = expected.split("\n");
  const line = got.findIndex((text, index) => text !== want[index]);
  assert.fail(`${name} differs from the golden file at line ${line + 1}:\n  got:  ${got[line]}\n  want: ${want[line]}`);
}

describe("golden routed cohorts", () => {
  it("routes the sample workbook exactly as the committed golden CSV", () => {
    const run = runCli(["route", "examples/sample-cohort.xlsx", "--as-of", "2014-01-01"]);
    assert.equal(run.status, 0, run.stderr);
    checkGolden("sample-cohort-routed.csv", run.stdout);
  });

  it("routes a generated 2,000-row cohort (every rule, blanks, duplicates) exactly as the golden CSV", () => {
    const input = path.join(mkdtempSync(path.join(tmpdir(), "sotp-golden-")), "generated.csv");
    const generate = runCli(["generate", "--rows", "2000", "--seed", "20140101", "-o", input]);
    assert.equal(generate.status, 0, generate.stderr);
    const run = runCli(["route", input, "--as-of", "2014-01-01"]);
    assert.equal(run.status, 0, run.stderr);
    checkGolden("generated-2000-routed.csv", run.stdout);
  });
});
