import assert from "node:assert/strict";
import { createRouter, Decision, Router, statusLabel } from "../../src/engine";
import { MAX_REASON_SHOWN, withOverrides } from "../../src/engine/apply-override";
import { createRowParser, mapHeaders, parseIsoDay } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { routeRecord, routeRecords } from "../support/route-records";

const HI_ROW = { ID: "A1", Offence: "Contact", "RM2000/s": "High", OGRS3: 60 };

describe("overrides (O-0 and O-1)", () => {
  it("O-0: an override whose reason is only white space is Invalid, and nothing else is decided", () => {
    const result = routeRecord({ ...HI_ROW, Override: "LI", "Override reason": " \u00a0 " });
    assert.equal(result.status, "Invalid");
    assert.equal(result.programme, "None");
    assert.deepEqual(result.reasons, ["O-0: an override needs a reason (Override reason is blank)"]);
    assert.equal(result.decidingRule, "O-0");
    assert.equal(result.computed, undefined);
  });

  it("O-0 comes after the V-1 lines of the same row, and V-1 decides", () => {
    const result = routeRecord({ ...HI_ROW, Age: 230, Override: "LI" });
    assert.equal(result.status, "Invalid");
    assert.equal(result.decidingRule, "V-1");
    assert.match(result.reasons[0], /^V-1: Age "230"/);
    assert.equal(result.reasons[1], "O-0: an override needs a reason (Override reason is blank)");
  });

  it("names the accepted programmes when the override is not one of the policy's", () => {
    const result = routeRecord({ ...HI_ROW, Override: "Kaizen", "Override reason": "current suite" });
    assert.deepEqual(result.reasons, [
      'V-1: Override "Kaizen" is not accepted (expected LI, HI, BNM, NMC, LNM, HSP or None)',
    ]);
  });

  it("accepts a programme's code or name in any case, and overrides even to the recommended programme", () => {
    const byName = routeRecord({ ...HI_ROW, Override: "high intensity", "Override reason": "confirmed" });
    assert.equal(byName.programme, "High Intensity");
    assert.equal(byName.status, "Overridden");
    assert.deepEqual(byName.flags, ["PILOT_ONLY", "OVERRIDDEN"]);
    assert.match(
      byName.reasons[0],
      /^O-1: overridden to High Intensity \(the policy recommends High Intensity · Recommended\): confirmed$/,
    );
  });

  it("overrides an Incomplete row (V-2) and takes the programme's lowest tier when RM2000/s is blank", () => {
    const result = routeRecord({ ID: "A2", Offence: "Contact", Override: "BNM", "Override reason": "LD suspected" });
    assert.equal(result.computed?.status, "Incomplete");
    assert.deepEqual([result.programme, result.status, result.tier], ["Becoming New Me", "Overridden", "Medium"]);
    assert.match(result.reasons[0], /\(the policy recommends None · Incomplete\): LD suspected$/);
    assert.match(result.reasons[1], /^V-2: /);
  });

  it("judges T-2 and T-3 on the override programme and drops the policy's own programme flags and follow-on", () => {
    // The policy: High Intensity in the community (CUSTODY_ONLY, PILOT_ONLY), HSP follow-on, released too soon.
    const record = { ...HI_ROW, Needs: "SPC", Setting: "Community", "Release date": "2014-06-01" };
    const policy = routeRecord(record);
    assert.deepEqual(policy.flags, ["HSP_FOLLOW_ON", "CUSTODY_ONLY", "INSUFFICIENT_TIME", "PILOT_ONLY"]);
    const overridden = routeRecord({ ...record, Override: "LNM", "Override reason": "maintenance only" });
    // Living as New Me runs in the community and needs 3 months: no check fires.
    assert.deepEqual(overridden.flags, ["OVERRIDDEN"]);
    assert.deepEqual(overridden.followOn, []);
    assert.equal(overridden.tier, "High");
    const tooShort = routeRecord({ ...record, Override: "BNM", "Override reason": "adapted suite" });
    assert.deepEqual(tooShort.flags, ["INSUFFICIENT_TIME", "OVERRIDDEN"]);
  });

  it("an override to None has no tier, no check flags, and keeps the policy's other flags", () => {
    const result = routeRecord({ ...HI_ROW, "Active appeal": "Yes", Override: "None", "Override reason": "declined" });
    assert.deepEqual([result.programme, result.programmeCode, result.tier], ["None", null, ""]);
    assert.deepEqual(result.flags, ["ACTIVE_APPEAL", "OVERRIDDEN"]);
    assert.match(result.reasons[0], /^O-1: overridden to None \(the policy recommends High Intensity · Deferred\)/);
  });

  it("shows the reason on one line in O-1 and shortens a very long one", () => {
    const long = `first line\nsecond\tline ${"x".repeat(5000)}`;
    const [result] = routeRecords([{ ...HI_ROW, Override: "LI", "Override reason": long }]);
    const shown = result.reasons[0].split("): ")[1];
    assert.ok(shown.startsWith("first line second line xxx"));
    assert.equal(shown.length, MAX_REASON_SHOWN + 1);
    assert.ok(shown.endsWith("…"));
  });

  it("adds DUPLICATE_ID after OVERRIDDEN, and V-3's line after the policy's lines", () => {
    const [first] = routeRecords([
      { ...HI_ROW, Override: "LI", "Override reason": "panel" },
      { ...HI_ROW, ID: "a1 " },
    ]);
    assert.deepEqual(first.flags, ["OVERRIDDEN", "DUPLICATE_ID"]);
    assert.match(first.reasons[0], /^O-1: /);
    assert.match(first.reasons.at(-1) ?? "", /^V-3: ID "A1" appears on 2 rows/);
  });

  it("a reason without an override changes nothing", () => {
    const plain = routeRecord(HI_ROW);
    assert.deepEqual(routeRecord({ ...HI_ROW, "Override reason": "just a note" }), plain);
  });

  it("wraps the policy's router: a result it shares between rows is used as it is and never changed", () => {
    const policy = getBundledPolicy("foi-86525");
    const asOf = parseIsoDay("2014-01-01") as number;
    const headers = ["ID", "Offence", "RM2000/s", "OGRS3", "Override", "Override reason"];
    const parse = createRowParser(mapHeaders(headers, policy), policy);
    const plain = parse(["A1", "Contact", "High", 60, "", ""]);
    // Like a cache of the policy's decisions: one frozen result for every row, whatever its Override columns.
    const shared = Object.freeze(createRouter(policy, { asOf }).routeRow(plain)) as Decision;
    let calls = 0;
    const sharing: Router = { policy, routeRow: () => (calls++, shared) };
    const router = withOverrides(sharing, asOf);
    const overridden = router.routeRow(parse(["A2", "Contact", "High", 60, "LI", "panel"]));
    assert.equal(statusLabel(policy, overridden.status), "Overridden");
    assert.equal(overridden.kind === "overridden" && overridden.computed, shared);
    assert.equal(router.routeRow(plain), shared);
    assert.equal(calls, 2);
    assert.deepEqual(shared.flags, ["PILOT_ONLY"]);
  });

  it("never shares an override between rows the policy decides alike (the router remembers decisions)", () => {
    const results = routeRecords([
      { ...HI_ROW, ID: "R1" },
      { ...HI_ROW, ID: "R2", Override: "LI", "Override reason": "panel" },
      { ...HI_ROW, ID: "R3" },
      { ...HI_ROW, ID: "R4", Override: "None", "Override reason": "declined" },
    ]);
    assert.deepEqual(
      results.map((r) => [r.programme, r.status]),
      [
        ["High Intensity", "Recommended"],
        ["Low Intensity", "Overridden"],
        ["High Intensity", "Recommended"],
        ["None", "Overridden"],
      ],
    );
  });
});
