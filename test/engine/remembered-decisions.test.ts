import assert from "node:assert/strict";
import fc from "fast-check";
import { createRouter, routeCohort } from "../../src/engine";
import { findDecisionInputs } from "../../src/engine/decision-inputs";
import { CellValue, createRowParser, formatDay, mapHeaders, parseIsoDay } from "../../src/parsing";
import { getBundledPolicy, Policy } from "../../src/policies";
import { dispatchCondition, FIELDS_READ } from "../../src/policies/condition-kinds";
import { STANDARD_HEADERS } from "../support/route-records";

const foi = getBundledPolicy("foi-86525");
const hmpps = getBundledPolicy("hmpps-2017");
const HMPPS_HEADERS = ["ID", "Sex", "Age", "Offence", "OSP/DC", "OSP/IIC", "LDC", "HSP score", "Maintains innocence"];
const AS_OF_DAYS = ["2014-01-01", "2014-01-31", "2016-02-29"].map((iso) => parseIsoDay(iso) as number);

/** Cells that reach every rule: each field's spellings, numbers around every bound, dates around every minimum. */
function cellChoices(policy: Policy, header: string): fc.Arbitrary<CellValue> {
  const field = policy.fields.find((f) => f.headers.some((h) => h.toLowerCase() === header.toLowerCase()));
  const spellings = field && "scale" in field ? (policy.scales.get(field.scale) ?? []).map((v) => v.spellings[0]) : [];
  const near = (from: number, to: number) => fc.integer({ min: from, max: to });
  const day = near(AS_OF_DAYS[0] - 30, AS_OF_DAYS[2] + 800).map((d) => formatDay(d));
  const valid =
    field?.kind === "date"
      ? day
      : field?.kind === "number" || field?.kind === "scoreOrChoice"
        ? fc.oneof(near(field.min, field.max), fc.constantFrom(...spellings, ""))
        : field?.kind === "yesNo"
          ? fc.constantFrom("Y", "N", "")
          : field?.kind === "list"
            ? fc.subarray(spellings.length ? spellings : ["LI", "HI", "BNM", "HSP"]).map((i) => i.slice(0, 3).join(";"))
            : field?.kind === "text" || !field
              ? fc.constantFrom("", "A1", "a1 ", "P\u0000age\u0000", "HMP Bure")
              : fc.constantFrom(...spellings, "");
  const junk = fc.oneof(fc.constantFrom<CellValue>(null, "yes", "Unknown"), near(0, 130), fc.string({ maxLength: 4 }));
  return fc.oneof({ arbitrary: valid, weight: 80 }, { arbitrary: junk, weight: 1 });
}

/** A few people, then many rows that each change one or two of their cells: rows that share most decision values. */
function cohortOf(policy: Policy, headers: readonly string[]) {
  const row = fc.tuple(...headers.map((h) => cellChoices(policy, h)));
  const change = fc
    .nat({ max: headers.length - 1 })
    .chain((column) => cellChoices(policy, headers[column]).map((cell) => ({ column, cell })));
  const variant = fc.tuple(fc.nat(), fc.array(change, { minLength: 1, maxLength: 2 }));
  return fc
    .tuple(fc.array(row, { minLength: 1, maxLength: 3 }), fc.array(variant, { maxLength: 60 }))
    .map(([people, variants]) => [
      ...people,
      ...variants.map(([which, changes]) => {
        const cells = [...people[which % people.length]];
        for (const { column, cell } of changes) cells[column] = cell;
        return cells;
      }),
    ]);
}

function assertSameRouting(policy: Policy, headers: readonly string[], rows: CellValue[][], asOf: number): void {
  const parseRow = createRowParser(mapHeaders(headers, policy), policy);
  const parsed = rows.map((cells) => parseRow(cells));
  // twice through the remembering router: the second pass is served from what the first remembered
  const remembered = routeCohort(createRouter(policy, { asOf }), parsed);
  const again = routeCohort(createRouter(policy, { asOf }), parsed);
  const afresh = routeCohort(createRouter(policy, { asOf, cache: false }), parsed);
  assert.deepEqual(remembered, afresh);
  assert.deepEqual(again, afresh);
}

describe("remembered decisions (the engine's cache)", () => {
  for (const [name, policy, headers] of [
    ["foi-86525", foi, [...STANDARD_HEADERS]],
    ["hmpps-2017", hmpps, HMPPS_HEADERS],
    ["hmpps-2017 without an OSP/IIC column", hmpps, HMPPS_HEADERS.filter((h) => h !== "OSP/IIC")],
  ] as const) {
    it(`gives exactly what routing every row afresh gives, on random cohorts (${name})`, () => {
      fc.assert(
        fc.property(cohortOf(policy, headers), fc.constantFrom(...AS_OF_DAYS), (rows, asOf) =>
          assertSameRouting(policy, headers, rows, asOf),
        ),
        { numRuns: 150 },
      );
    });
  }

  it("keys foi-86525 on the fields its rules read, never on ID or Site, and compares numbers only with bounds", () => {
    const inputs = findDecisionInputs(foi);
    const read = [...inputs.exact, ...inputs.tested.map((t) => t.field)];
    assert.ok(!read.includes("id") && !read.includes("site"), read.join(","));
    for (const field of ["offence", "rm2000s", "ogrs3", "needs", "completed", "setting", "release", "age", "iq"])
      assert.ok(read.includes(field), field);
    const tested = new Map(inputs.tested.map((t) => [t.field, t.tests]));
    assert.deepEqual(
      ["age", "iq", "release"].map((field) => tested.has(field)),
      [true, true, true],
    );
    // the release date is keyed only by whether it is blank: each pass records the minimum days it was compared with
    assert.equal(inputs.bounded, "release");
    assert.deepEqual(tested.get("release"), []);
  });

  for (const policy of [foi, hmpps]) {
    it(`keys ${policy.stamp} on every field a condition, a role or V-2 reads`, () => {
      const inputs = findDecisionInputs(policy);
      const keyed = new Set([...inputs.exact, ...inputs.tested.map((t) => t.field)]);
      const conditions = [
        ...Object.values(policy.data.terms),
        ...policy.data.steps.flatMap((step) => [
          ...(step.when ? [step.when] : []),
          ...step.rules.flatMap((rule) => [
            rule.when,
            ...(typeof rule.reconstructed === "object" ? [rule.reconstructed] : []),
            ...(rule.then.flagsIf ?? []).map((f) => f.when),
          ]),
        ]),
      ];
      const read = conditions.flatMap((condition) => dispatchCondition(FIELDS_READ, condition));
      for (const field of read) assert.ok(keyed.has(field), field);
      for (const role of ["tierSource", "setting", "completed"] as const) {
        const field = policy.data.roles[role];
        if (field) assert.ok(keyed.has(field), role);
      }
    });
  }
});
