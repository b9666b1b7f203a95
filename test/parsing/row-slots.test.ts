import assert from "node:assert/strict";
import fc from "fast-check";
import { CellValue, createRowParser, mapHeaders } from "../../src/parsing";
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
