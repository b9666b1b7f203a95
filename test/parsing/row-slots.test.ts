import assert from "node:assert/strict";
import fc from "fast-check";
import { CellValue, createRowParser, mapHeaders, withMoreProblems } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { generateCohort, SAMPLE_HEADERS } from "../../src/sample/generate-cohort";

const foi = getBundledPolicy("foi-86525");
const hmpps = getBundledPolicy("hmpps-2017");

describe("a parsed row's slots", () => {
  it("hold exactly its values, in the policy's field order, on generated cohorts", () => {
    const parseRow = createRowParser(mapHeaders([...SAMPLE_HEADERS], foi), foi);
    for (const cells of generateCohort({ rows: 2000, seed: 3 })) {
      const row = parseRow(cells);
      assert.deepEqual(
        row.slots,
        foi.fields.map((field) => row.values[field.name]),
      );
    }
  });

  it("give the values by name: every field in the policy's order, one object built on the first read", () => {
    const parseRow = createRowParser(mapHeaders([...SAMPLE_HEADERS], foi), foi);
    const [cells] = generateCohort({ rows: 1, seed: 5 });
    const row = parseRow(cells);
    const { values } = row;
    assert.equal(row.values, values);
    assert.deepEqual(
      Object.keys(values),
      foi.fields.map((field) => field.name),
    );
    assert.equal(values.offence, row.slots[foi.fields.findIndex((field) => field.name === "offence")]);
    assert.equal(typeof values.offence, "string");
  });

  it("keep their values when problems are added after parsing", () => {
    const parseRow = createRowParser(mapHeaders([...SAMPLE_HEADERS], foi), foi);
    const row = parseRow(generateCohort({ rows: 1, seed: 5 })[0]);
    const problem = { field: "ogrs3", column: 4, value: '"0.5"', message: "OGRS3 is ambiguous" };
    const more = withMoreProblems(row, [problem]);
    assert.deepEqual(more.problems, [...row.problems, problem]);
    assert.equal(more.slots, row.slots);
    assert.deepEqual(more.values, row.values);
    assert.equal(more.blank, row.blank);
  });

  it("follow the values through need columns, repeated columns, blank and rejected cells (both policies)", () => {
    const headers = ["Offence", "Needs", "SPC", "WD", "Age", "Age", "OSP/DC", "Maintains innocence", "Completed"];
    const cell = fc.constantFrom<CellValue>("", "Y", "N", "Contact", "SPC;ASB", "42", 17, "High", "maybe", null, true);
    fc.assert(
      fc.property(fc.constantFrom(foi, hmpps), fc.array(cell, { minLength: 9, maxLength: 9 }), (policy, cells) => {
        const row = createRowParser(mapHeaders(headers, policy), policy)(cells);
        assert.deepEqual(
          row.slots,
          policy.fields.map((field) => row.values[field.name]),
        );
      }),
      { numRuns: 300 },
    );
  });
});
