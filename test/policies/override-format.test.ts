import assert from "node:assert/strict";
import foi86525 from "../../src/policies/foi-86525.json";
import { getBundledPolicy, listBundledPolicies, loadPolicy, PolicyError } from "../../src/policies";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh copy of foi-86525's JSON, changed by `edit`. */
function policyWith(edit: (policy: Json) => void): Json {
  const policy = JSON.parse(JSON.stringify(foi86525)) as Json;
  edit(policy);
  return policy;
}

function assertRejected(policy: Json, problem: RegExp): void {
  assert.throws(
    () => loadPolicy(policy),
    (error: unknown) => error instanceof PolicyError && problem.test(error.message),
  );
}

describe("the overrides part of the policy format", () => {
  it("is in every bundled policy, with its status, flag and two fields", () => {
    for (const id of listBundledPolicies()) {
      const { data, fieldByName, flagOrder } = getBundledPolicy(id);
      assert.ok(data.overrides, id);
      assert.equal(data.statuses.overridden, "Overridden", id);
      assert.ok(flagOrder.has(data.overrides.flag), id);
      assert.equal(fieldByName.get(data.overrides.field)?.label, "Override", id);
      assert.equal(fieldByName.get(data.overrides.reasonField)?.label, "Override reason", id);
    }
  });

  it("takes its vocabulary from the programme table: every code and name, and None", () => {
    const policy = getBundledPolicy("foi-86525");
    const scale = policy.scales.get("programmesOrNone") ?? [];
    assert.deepEqual(
      scale.map((value) => value.key),
      [...policy.data.programmes.map((p) => p.code), "None"],
    );
    assert.deepEqual(scale[0].spellings, ["LI", "Low Intensity"]);
  });

  it("puts OVERRIDDEN just before DUPLICATE_ID in the flag order of every bundled policy", () => {
    for (const id of listBundledPolicies()) {
      const codes = getBundledPolicy(id).data.flags.map((f) => f.code);
      assert.deepEqual(codes.slice(-2), ["OVERRIDDEN", "DUPLICATE_ID"], id);
    }
  });

  it("refuses an overrides part whose fields, flags, checks or placeholders do not exist", () => {
    assertRejected(
      policyWith((p) => (p.overrides.field = "site")),
      /overrides.field: site is not a choice field on the programmesOrNone scale/,
    );
    assertRejected(
      policyWith((p) => (p.overrides.reasonField = "age")),
      /overrides.reasonField: age is not a text field/,
    );
    assertRejected(
      policyWith((p) => (p.overrides.flag = "MANUAL")),
      /overrides.flag: unknown flag MANUAL/,
    );
    assertRejected(
      policyWith((p) => p.overrides.programmeFlags.push("NOPE")),
      /overrides.programmeFlags: unknown flag NOPE/,
    );
    assertRejected(
      policyWith((p) => p.overrides.checks.push("T-9")),
      /overrides.checks: unknown rule T-9/,
    );
    assertRejected(
      policyWith((p) => (p.overrides.reason = "overridden to {programme_code}")),
      /overrides.reason: unknown placeholder \{programme_code\}/,
    );
    assertRejected(
      policyWith((p) => (p.overrides.rule = "O1")),
      /overrides.rule: "O1" is not a rule ID/,
    );
  });

  it("refuses a check that could change the decision, and an overrides part without its status", () => {
    assertRejected(
      policyWith((p) => p.overrides.checks.push("R-1")),
      /overrides.checks: rule R-1 sets the programme/,
    );
    assertRejected(
      policyWith((p) => delete p.statuses.overridden),
      /overrides: statuses.overridden is missing/,
    );
  });

  it("refuses a programme spelled like None, which an override could not tell apart", () => {
    assertRejected(
      policyWith((p) => (p.programmes[0].name = "none")),
      /programme LI is spelled like None/,
    );
  });

  it("loads a policy without an overrides part: its rows are never overridden", () => {
    const policy = loadPolicy(policyWith((p) => delete p.overrides));
    assert.equal(policy.data.overrides, undefined);
  });
});
