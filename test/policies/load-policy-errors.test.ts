import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createRouter } from "../../src/engine";
import { loadPolicy, PolicyError } from "../../src/policies";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FIXTURE = path.join(__dirname, "../../src/policies/hmpps-2017.json");

/** A fresh copy of the hmpps-2017 policy's JSON, changed by `edit`. */
function policyWith(edit: (policy: Json) => void): Json {
  const policy = JSON.parse(readFileSync(FIXTURE, "utf8")) as Json;
  edit(policy);
  return policy;
}

function ruleOf(policy: Json, id: string): Json {
  for (const step of policy.steps) for (const rule of step.rules) if (rule.id === id) return rule;
  throw new RangeError(`no rule ${id}`);
}

function assertRejected(policy: Json, problem: RegExp): void {
  assert.throws(
    () => loadPolicy(policy),
    (error: unknown) => error instanceof PolicyError && error.code === "POLICY_INVALID" && problem.test(error.message),
  );
}

describe("loading a policy that is not valid", () => {
  it("accepts the unchanged policy", () => {
    assert.equal(loadPolicy(policyWith(() => undefined)).stamp, "hmpps-2017@1.0.0");
  });

  it("names an unknown flag raised by a rule", () => {
    assertRejected(
      policyWith((p) => ruleOf(p, "C-1").then.flags.push("NO_SUCH_FLAG")),
      /rule C-1.*NO_SUCH_FLAG/,
    );
  });

  it("names an unknown programme chosen by a rule or tested in a condition", () => {
    assertRejected(
      policyWith((p) => (ruleOf(p, "H-2").then.programme = "SOTP")),
      /rule H-2.*unknown programme SOTP/,
    );
    assertRejected(
      policyWith((p) => (ruleOf(p, "F-1").when.all[0].programme = ["KAI", "CORE"])),
      /CORE/,
    );
    assertRejected(
      policyWith((p) => (ruleOf(p, "L-1").then.followOn = ["XYZ"])),
      /follow-on XYZ/,
    );
  });

  it("names an unknown field in a condition, in a rule or a term", () => {
    assertRejected(
      policyWith((p) => (ruleOf(p, "S-1").when.field = "gender")),
      /rule S-1.*unknown field gender/,
    );
    assertRejected(
      policyWith((p) => (p.terms.inCustody.field = "location")),
      /term inCustody.*location/,
    );
  });

  it("names an unknown status or term", () => {
    assertRejected(
      policyWith((p) => (ruleOf(p, "T-1").then.status = "On hold")),
      /On hold/,
    );
    assertRejected(
      policyWith((p) => (ruleOf(p, "K-1").when.all[1].term = "ospVeryHigh")),
      /ospVeryHigh/,
    );
  });

  it("names the place of a schema violation", () => {
    assertRejected(
      policyWith((p) => (p.version = "1.0")),
      /version/,
    );
    assertRejected(
      policyWith((p) => delete p.steps),
      /steps/,
    );
    assertRejected(
      policyWith((p) => (ruleOf(p, "C-1").then.colour = "red")),
      /colour|unrecognized|steps/i,
    );
    assertRejected(
      policyWith((p) => (p.fields[0].kind = "freeText")),
      /fields\.0/,
    );
  });

  it("refuses a reason naming a field the policy does not have before any row is routed", () => {
    const policy = policyWith((p) => (ruleOf(p, "H-1").reason = "online offending ({osp_x})"));
    assert.throws(() => createRouter(loadPolicy(policy), { asOf: 0 }), /H-1.*osp_x/);
  });

  it("names a reason placeholder that is not a field", () => {
    assertRejected(
      policyWith((p) => (ruleOf(p, "S-1").reason = "about {osp_x}")),
      /rule S-1: unknown placeholder \{osp_x\}/,
    );
  });

  it("names a term that refers to itself", () => {
    assertRejected(
      policyWith((p) => (p.terms.loop = { term: "loop" })),
      /terms refer to themselves: loop → loop/,
    );
  });

  it("names a condition value that is not on the field's scale, which would silently never match", () => {
    assertRejected(
      policyWith((p) => (ruleOf(p, "S-1").when = { field: "sex", is: "woman" })),
      /rule S-1: "woman" is not a value of sex/,
    );
  });

  it("names duplicate codes and a header claimed by two fields", () => {
    assertRejected(
      policyWith((p) => p.flags.push({ ...p.flags[0] })),
      /duplicate flag/,
    );
    assertRejected(
      policyWith((p) => p.fields[1].headers.push(p.fields[0].headers[0])),
      /header ".*" belongs to both/,
    );
  });
});
