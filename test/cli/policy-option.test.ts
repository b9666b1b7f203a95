import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../support/run-cli";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FOI = path.join(__dirname, "../../src/policies/foi-86525.json");

describe("sotp --policy", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-policy-"));
  const cohort = path.join(dir, "cohort.csv");
  writeFileSync(cohort, "ID,Offence,RM2000/s,OSP/DC,OSP/IIC\nA1,Contact,Low,High,Low\n");
  const policyFile = (name: string, edit: (policy: Json) => void) => {
    const policy = JSON.parse(readFileSync(FOI, "utf8")) as Json;
    edit(policy);
    const file = path.join(dir, name);
    writeFileSync(file, JSON.stringify(policy));
    return file;
  };

  it("routes by the bundled hmpps-2017 for route and summary", () => {
    const route = runCli(["route", cohort, "--policy", "hmpps-2017", "--as-of", "2014-01-01"]);
    assert.equal(route.status, 0, route.stderr);
    assert.match(
      route.stdout,
      /A1,Contact,Low,High,Low,Kaizen,Recommended,High,HSP_NOT_ASSESSED,,"K-1: [^]*hmpps-2017@1\.0\.0\n$/,
    );
    const summary = runCli(["summary", cohort, "--policy", "hmpps-2017", "--as-of", "2014-01-01"]);
    assert.equal(summary.status, 0, summary.stderr);
    assert.match(summary.stdout, /Kaizen/);
    assert.doesNotMatch(summary.stdout, /High Intensity/);
  });

  it("refuses under hmpps-2017 a file with both LD and LDC, which foi-86525 routes", () => {
    const file = path.join(dir, "ld-and-ldc.csv");
    writeFileSync(file, "ID,Offence,RM2000/s,OSP/DC,LD,LDC\nA1,Contact,High,High,N,N\n");
    assert.equal(runCli(["route", file]).status, 0);
    const run = runCli(["route", file, "--policy", "hmpps-2017"]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /"LD" and "LDC" both map to LDC/);
  });

  it("exits 2 naming a rule that a condition refers to and the policy does not have", () => {
    const file = policyFile("dangling.json", (p) => {
      for (const step of p.steps)
        for (const rule of step.rules) if (rule.id === "R-5") rule.when.all[0].fired = ["R-9"];
    });
    const run = runCli(["route", cohort, "--policy", file]);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, "");
    assert.match(run.stderr, /^sotp: policy file .*dangling\.json: .*rule R-5: "fired" names R-9, which is not a rule/);
  });

  it("exits 2 naming a time rule in a policy without a release role", () => {
    const file = policyFile("no-release.json", (p) => delete p.roles.release);
    const run = runCli(["summary", cohort, "--policy", file]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /rule T-3: timeLeftBelowMinimum needs roles\.release, and the policy has none/);
  });
});
