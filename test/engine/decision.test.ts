import assert from "node:assert/strict";
import { getBundledPolicy } from "../../src/policies";
import { decideRecords } from "../support/route-records";

const policy = getBundledPolicy("foi-86525");
const CONTACT_HIGH = { Offence: "Contact", "RM2000/s": "High", OGRS3: "80" };

describe("a Decision: the routing as codes and keys", () => {
  it("holds the programme code, status key, tier, flag and follow-on codes, rule and reason lines by rule", () => {
    const [decision] = decideRecords([{ ...CONTACT_HIGH, "Learning disability": "Y", Needs: "SPC" }], { policy });
    assert.equal(decision.kind, "decided");
    if (decision.kind !== "decided") return;
    assert.deepEqual(
      [decision.programme, decision.status, decision.tier, decision.flags, decision.followOn, decision.rule],
      ["BNM", "recommended", "High", ["ADAPTED_SUITE", "HSP_FOLLOW_ON"], ["LNM", "HSP"], "A-2"],
    );
    assert.deepEqual(decision.reasonRules, ["A-2", "F-1"]);
    assert.match(decision.reasons[0], /^A-2: /);
    assert.equal(decision.policy, "foi-86525@1.0.0");
  });

  it("marks a blank row as blank, with no programme and no status", () => {
    const [decision] = decideRecords([{ ID: "" }], { policy });
    assert.deepEqual([decision.kind, decision.programme, decision.status, decision.rule], ["blank", null, null, ""]);
  });

  it("keeps V-1's messages, not their lines, for an Invalid row", () => {
    const [decision] = decideRecords([{ Offence: "Contact", "RM2000/s": "Hgh" }], { policy });
    assert.equal(decision.kind, "invalid");
    if (decision.kind !== "invalid") return;
    assert.deepEqual([decision.status, decision.programme, decision.rule], ["invalid", null, "V-1"]);
    assert.equal(decision.problems.length, 1);
    assert.match(decision.problems[0], /RM2000\/s/);
    assert.ok(!decision.problems[0].startsWith("V-1"), decision.problems[0]);
  });

  it("keeps the blank fields and the possible outcomes (codes and keys) of an Incomplete row", () => {
    const [decision] = decideRecords([{ Offence: "Contact", "RM2000/s": "Low" }], { policy });
    assert.equal(decision.kind, "incomplete");
    if (decision.kind !== "incomplete") return;
    assert.deepEqual(decision.blankFields, ["ogrs3"]);
    assert.ok(decision.possible.length > 1);
    for (const outcome of decision.possible) {
      assert.ok(outcome.programme === null || policy.programmeByCode.has(outcome.programme), outcome.programme ?? "");
      assert.ok(outcome.status !== null && outcome.status in policy.data.statuses, outcome.status ?? "");
    }
  });

  it("keeps the policy's own decision beside an override (O-1), and the manager's reason", () => {
    const [decision] = decideRecords([{ ...CONTACT_HIGH, Override: "LI", "Override reason": "case conference" }], {
      policy,
    });
    assert.equal(decision.kind, "overridden");
    if (decision.kind !== "overridden") return;
    assert.deepEqual(
      [decision.programme, decision.status, decision.rule, decision.managerReason],
      ["LI", "overridden", "O-1", "case conference"],
    );
    assert.deepEqual([decision.computed.kind, decision.computed.programme], ["decided", "HI"]);
  });

  it("carries V-3 as an annotation: the flag among the codes, the ID and count for the presenter", () => {
    const decisions = decideRecords(
      [
        { ...CONTACT_HIGH, ID: "A1" },
        { ...CONTACT_HIGH, ID: " a1 " },
        { ...CONTACT_HIGH, ID: "B2" },
      ],
      { policy },
    );
    assert.deepEqual(
      decisions.map((d) => [d.flags.includes("DUPLICATE_ID"), d.duplicate]),
      [
        [true, { id: "A1", count: 2 }],
        [true, { id: "a1", count: 2 }],
        [false, undefined],
      ],
    );
  });
});
