import assert from "node:assert/strict";
import { getBundledPolicy } from "../../src/policies";
import { routeRecord } from "../support/route-records";

const policy = getBundledPolicy("hmpps-2017");
const route = (record: Record<string, string | number>) => routeRecord(record, { policy });
const KAIZEN_ROW = { ID: "H1", Offence: "Contact", "OSP/DC": "High" };

describe("overrides under hmpps-2017", () => {
  it("takes the override programme's own tier and judges T-2 and T-3 on it (no T-4 in this policy)", () => {
    const policyResult = route(KAIZEN_ROW);
    assert.deepEqual([policyResult.programme, policyResult.tier], ["Kaizen", "High"]);
    const result = route({ ...KAIZEN_ROW, Override: "Horizon", "Override reason": "Kaizen waiting list" });
    assert.deepEqual([result.programme, result.status, result.tier], ["Horizon", "Overridden", "Medium"]);
    assert.deepEqual(result.flags, ["OVERRIDDEN"]);
    assert.equal(
      result.reasons[0],
      "O-1: overridden to Horizon (the policy recommends Kaizen · Recommended): Kaizen waiting list",
    );
  });

  it("flags CUSTODY_ONLY and INSUFFICIENT_TIME for the override programme in the person's setting", () => {
    const community = { ...KAIZEN_ROW, Setting: "Community", "Release date": "2014-06-01" };
    const result = route({ ...community, Override: "KAI", "Override reason": "high risk" });
    assert.deepEqual(result.flags, ["CUSTODY_ONLY", "INSUFFICIENT_TIME", "OVERRIDDEN"]);
    assert.equal(result.tier, "High");
  });

  it("takes the override vocabulary from this policy's programme table", () => {
    const foiOnly = route({ ...KAIZEN_ROW, Override: "High Intensity", "Override reason": "old suite" });
    assert.equal(foiOnly.status, "Invalid");
    assert.match(foiOnly.reasons[0], /^V-1: Override "High Intensity" is not accepted \(expected KAI, HOR, IHOR/);
    const missing = route({ ...KAIZEN_ROW, Override: "NMS" });
    assert.deepEqual(missing.reasons, ["O-0: an override needs a reason (Override reason is blank)"]);
  });
});
