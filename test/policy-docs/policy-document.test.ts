import assert from "node:assert/strict";
import { getBundledPolicy } from "../../src/policies";
import { buildPolicyDocument, describeCondition } from "../../src/policy-docs";

const policy = getBundledPolicy();

describe("a policy document from the policy data", () => {
  const document = buildPolicyDocument(policy);
  const section = (heading: string) => document.sections.find((s) => s.heading === heading);

  it("lists every field with its accepted headers and values", () => {
    const rows = section("Fields")?.table?.rows ?? [];
    assert.equal(rows.length, policy.fields.length);
    const denial = rows.find((row) => row[0].includes("(`denial`)"));
    assert.deepEqual(denial, [
      "Maintains innocence (`denial`)",
      "Maintains innocence, Denial, Denies",
      "yes/no (Y, Yes, N, No, TRUE, FALSE, 1, 0) (blank: no)",
    ]);
    const release = rows.find((row) => row[0].includes("(`release`)"));
    assert.match(release?.[2] ?? "", /31-Mar-2014 or 31 March 2014.*two-digit years are not accepted/);
  });

  it("gives every rule its ID, condition, outcome and reason", () => {
    const rules = (section("Rules")?.subsections ?? []).flatMap((s) => s.table?.rows ?? []);
    assert.equal(rules.length, policy.data.steps.flatMap((s) => s.rules).length);
    assert.deepEqual(
      rules.find((row) => row[0] === "D-1"),
      [
        "D-1",
        "Maintains innocence is yes and Willing is no",
        "Status Not eligible; flag DENIAL_NOT_WILLING; stop",
        "maintains innocence and is not willing to engage in treatment",
      ],
    );
    assert.match(rules.find((row) => row[0] === "S-2")?.[3] ?? "", / \[reconstructed\]$/);
  });

  it("has the programme table with per-tier figures", () => {
    const hi = section("Programmes")?.table?.rows.find((row) => row[0] === "HI");
    assert.deepEqual(hi, [
      "HI",
      "High Intensity",
      "custody",
      "9",
      "Medium, High",
      "– / 70 / 90",
      "8",
      "4",
      "– / 26 / 36",
    ]);
  });

  it("describes conditions in words, negations included", () => {
    assert.equal(
      describeCondition({ all: [{ field: "iq", gte: 60 }, { not: { field: "needs", has: "SPC" } }] }, policy),
      "IQ ≥ 60 and Needs does not list SPC",
    );
    assert.equal(
      describeCondition({ any: [{ term: "contactType" }, { field: "sex", is: "female" }] }, policy),
      "contact type or Sex is Female",
    );
  });
});
