import assert from "node:assert/strict";
import { routeRecords } from "../support/route-records";

const CONTACT_HIGH = { Offence: "Contact", "RM2000/s": "High", OGRS3: "80" };

describe("V-3: an ID on more than one row of a cohort", () => {
  const results = routeRecords([
    { ...CONTACT_HIGH, ID: "A1" },
    { ...CONTACT_HIGH, ID: " a1 " },
    { ...CONTACT_HIGH, ID: "B2" },
    { ...CONTACT_HIGH, ID: "A1", "RM2000/s": "Hgh" },
    { ID: "b2", Offence: "Contact", "RM2000/s": "Low" },
    { ...CONTACT_HIGH, ID: "" },
    { ...CONTACT_HIGH, ID: "  " },
  ]);

  it("flags each of those rows, comparing IDs trimmed and with case ignored", () => {
    assert.deepEqual(
      results.map((r) => r.flags.includes("DUPLICATE_ID")),
      [true, true, true, true, true, false, false],
    );
  });

  it("puts DUPLICATE_ID last in the flag order and keeps the routing", () => {
    assert.deepEqual(
      [results[0].programme, results[0].status, results[0].flags.join(";")],
      ["High Intensity", "Recommended", "PILOT_ONLY;DUPLICATE_ID"],
    );
  });

  it("adds the flag even to Invalid and Incomplete rows, which are still routed", () => {
    assert.deepEqual(
      [results[3].status, results[3].flags, results[4].status, results[4].flags],
      ["Invalid", ["DUPLICATE_ID"], "Incomplete", ["DUPLICATE_ID"]],
    );
  });

  it("adds a V-3 reason line after the deciding rule's line", () => {
    for (const index of [0, 3, 4]) {
      const { reasons, decidingRule } = results[index];
      assert.ok(reasons[0].startsWith(`${decidingRule}: `), reasons[0]);
      assert.ok(
        reasons.slice(1).some((line) => line.startsWith("V-3: ")),
        reasons.join(" / "),
      );
    }
  });

  it("does not treat blank IDs as duplicates of each other", () => {
    assert.ok(results.slice(5).every((r) => !r.reasons.some((line) => line.startsWith("V-3"))));
  });
});
