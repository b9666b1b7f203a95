import assert from "node:assert/strict";
import { presentDecision, reasonLines, resultCells } from "../../src/engine";
import { getBundledPolicy, loadPolicy } from "../../src/policies";
import { decideRecords } from "../support/route-records";

const policy = getBundledPolicy("foi-86525");
const CONTACT_HIGH = { Offence: "Contact", "RM2000/s": "High", OGRS3: "80" };

/** foi-86525 with other words for two statuses and a programme: the same decisions, shown differently. */
function reworded() {
  const data = structuredClone(policy.data);
  data.statuses.recommended = "Put forward";
  data.statuses.invalid = "Cannot be routed";
  const hi = data.programmes.find((p) => p.code === "HI");
  if (hi) hi.name = "Intensive";
  return loadPolicy(data);
}

describe("the presenter: decision + policy → cells and reason text", () => {
  it("shows codes and keys in the policy's words, so rewording a policy changes only the words", () => {
    const records = [
      { ...CONTACT_HIGH, ID: "A1" },
      { Offence: "Contact", "RM2000/s": "Hgh" },
    ];
    const other = reworded();
    const [plain, invalid] = decideRecords(records, { policy });
    const [plainAgain, invalidAgain] = decideRecords(records, { policy: other });
    assert.deepEqual([plainAgain.programme, plainAgain.status], [plain.programme, plain.status]);
    assert.deepEqual(
      [resultCells(plain, policy).Programme, resultCells(plain, policy).Status],
      ["High Intensity", "Recommended"],
    );
    assert.deepEqual(
      [resultCells(plainAgain, other).Programme, resultCells(plainAgain, other).Status],
      ["Intensive", "Put forward"],
    );
    assert.deepEqual([invalidAgain.status, resultCells(invalidAgain, other).Status], ["invalid", "Cannot be routed"]);
    assert.equal(resultCells(invalid, policy).Status, "Invalid");
  });

  it("formats a decision shared between rows once (the same cells object)", () => {
    const [first, second] = decideRecords(
      [
        { ...CONTACT_HIGH, ID: "A1" },
        { ...CONTACT_HIGH, ID: "A2" },
      ],
      { policy },
    );
    assert.equal(first, second, "one remembered decision for one situation");
    assert.ok(Object.isFrozen(first));
    assert.equal(resultCells(first, policy), resultCells(second, policy));
  });

  it("renders the reason lines on demand: own lines, then V-3, and the text view lists the same", () => {
    const decisions = decideRecords(
      [
        { ...CONTACT_HIGH, ID: "A1" },
        { ...CONTACT_HIGH, ID: "a1" },
      ],
      { policy },
    );
    const lines = reasonLines(decisions[0], policy);
    assert.match(lines[0], /^R-\d+: /);
    assert.equal(lines.at(-1), 'V-3: ID "A1" appears on 2 rows');
    assert.deepEqual(presentDecision(decisions[0], policy).reasons, lines);
    assert.equal(resultCells(decisions[0], policy).Reasons, lines.join("\n"));
  });

  it("writes the O-1 line from the override, the policy's own decision and the manager's reason", () => {
    const [decision] = decideRecords([{ ...CONTACT_HIGH, Override: "LI", "Override reason": "case  conference" }], {
      policy,
    });
    const view = presentDecision(decision, policy);
    assert.equal(
      view.reasons[0],
      "O-1: overridden to Low Intensity (the policy recommends High Intensity · Recommended): case conference",
    );
    assert.deepEqual(view.reasons.slice(1), view.computed?.reasons);
    assert.deepEqual([view.status, view.computed?.status], ["Overridden", "Recommended"]);
  });
});
