import assert from "node:assert/strict";
import {
  Condition,
  conditionKind,
  ConditionTable,
  dispatchCondition,
  FIELDS_READ,
  getBundledPolicy,
  TERMS_USED,
} from "../../src/policies";

describe("conditions as tagged kinds", () => {
  it("tags each condition by its marking key, comparisons by lt/lte/gt/gte", () => {
    const examples: [Condition, string][] = [
      [{ always: true }, "always"],
      [{ field: "age", lt: 18 }, "compare"],
      [{ field: "hsp_score", blank: true }, "blank"],
      [{ field: "sex", is: "female" }, "is"],
      [{ fired: ["R-3"] }, "fired"],
      [{ not: { term: "ldc" } }, "not"],
    ];
    for (const [condition, kind] of examples) assert.equal(conditionKind(condition), kind, JSON.stringify(condition));
  });

  it("lists the fields and terms a condition reads", () => {
    const { terms } = getBundledPolicy("foi-86525").data;
    assert.deepEqual(dispatchCondition(FIELDS_READ, terms.intellectualDisability), ["ld", "iq", "iq"]);
    const rule = { all: [{ term: "contactType" }, { not: { term: "orsi" } }, { field: "rm2000s", is: "low" }] };
    assert.deepEqual(dispatchCondition(TERMS_USED, rule as Condition), ["contactType", "orsi"]);
  });

  it("does not compile a table that leaves out a kind", () => {
    const { timeLeftBelowMinimum, ...withoutOne } = FIELDS_READ;
    // @ts-expect-error: every kind needs an entry, and `timeLeftBelowMinimum` has none here
    const partial: ConditionTable<string[]> = withoutOne;
    assert.equal(Object.keys(partial).length, Object.keys(FIELDS_READ).length - 1);
    assert.deepEqual(timeLeftBelowMinimum({ timeLeftBelowMinimum: true }), []);
  });
});
