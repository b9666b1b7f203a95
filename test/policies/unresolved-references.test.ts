import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadPolicy, PolicyError } from "../../src/policies";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const POLICIES = path.join(__dirname, "../../src/policies");

function policyWith(file: string, edit: (policy: Json) => void): Json {
  const policy = JSON.parse(readFileSync(path.join(POLICIES, file), "utf8")) as Json;
  edit(policy);
  return policy;
}

function ruleOf(policy: Json, id: string): Json {
  for (const step of policy.steps) for (const rule of step.rules) if (rule.id === id) return rule;
  throw new RangeError(`no rule ${id}`);
}

function problemsOf(policy: Json): string {
  try {
    loadPolicy(policy);
  } catch (error) {
    assert.ok(error instanceof PolicyError, String(error));
    return error.message;
  }
  return assert.fail("the policy loaded");
}

describe("the policy checker refuses every reference it cannot resolve", () => {
  it("a condition naming a rule that does not exist, which would never fire", () => {
    const policy = policyWith("foi-86525.json", (p) => (ruleOf(p, "R-5").when.all[0].fired = ["R-3", "R-9"]));
    assert.match(problemsOf(policy), /rule R-5: "fired" names R-9, which is not a rule of the policy/);
  });

  it("a time rule in a policy without a release role, and the other roles conditions work on", () => {
    assert.match(
      problemsOf(policyWith("foi-86525.json", (p) => delete p.roles.release)),
      /rule T-3: timeLeftBelowMinimum needs roles\.release, and the policy has none/,
    );
    assert.match(
      problemsOf(policyWith("hmpps-2017.json", (p) => delete p.roles.completed)),
      /step Completed programmes: completedHasProgramme needs roles\.completed/,
    );
    assert.match(
      problemsOf(policyWith("hmpps-2017.json", (p) => delete p.roles.setting)),
      /rule T-2: programmeRunsInSetting needs roles\.setting/,
    );
    assert.match(
      problemsOf(policyWith("hmpps-2017.json", (p) => (p.roles.release = "site"))),
      /rule T-3: roles\.release site is not a date field/,
    );
  });

  it("a blank test on a field that is never blank, and on a field that does not exist", () => {
    assert.match(
      problemsOf(policyWith("hmpps-2017.json", (p) => (p.terms.hspUnknown = { field: "willing", blank: true }))),
      /term hspUnknown: willing is never blank/,
    );
    assert.match(
      problemsOf(policyWith("hmpps-2017.json", (p) => (p.terms.hspUnknown = { field: "hsp", blank: true }))),
      /term hspUnknown: unknown field hsp/,
    );
  });

  it("a per-programme reconstructed tag naming an unknown programme", () => {
    const policy = policyWith("hmpps-2017.json", (p) => (ruleOf(p, "T-3").reconstructed = { programme: ["IHZ"] }));
    assert.match(problemsOf(policy), /rule T-3 \(reconstructed\): unknown programme IHZ/);
  });

  it("an unknown field among the columns of which one is required", () => {
    const policy = policyWith("hmpps-2017.json", (p) => (p.requiredOneOf = [["osp_dc", "osp_c"]]));
    assert.match(problemsOf(policy), /requiredOneOf: unknown field osp_c/);
  });

  it("a programme with several tiers in a policy without a tier source", () => {
    const policy = policyWith("hmpps-2017.json", (p) => {
      p.programmes[0].tiers.push("Medium");
    });
    assert.match(problemsOf(policy), /programme KAI: without roles\.tierSource it needs one tier/);
  });

  it("a programme without minimum months for a setting it runs in", () => {
    const policy = policyWith("hmpps-2017.json", (p) => delete p.programmes[1].minMonths.community);
    assert.match(problemsOf(policy), /programme HOR: minMonths has no value for community/);
  });

  it("a spelling that names two programmes, or a legacy item spelled like a current programme", () => {
    const twice = policyWith("hmpps-2017.json", (p) => (p.programmes[4].spellings = ["BNM"]));
    assert.match(problemsOf(twice), /programme NMS: "bnm" also names BNMP/);
    const legacy = policyWith("hmpps-2017.json", (p) => p.scales.legacySotp[0].spellings.push("Kaizen"));
    assert.match(problemsOf(legacy), /field completed: "kaizen" is spelled in both of its scales/);
  });
});
