import assert from "node:assert/strict";
import {
  CALCULATOR_FIELDS,
  CALCULATOR_OUTPUT_COLUMNS,
  calculateTable,
  describeCalculatorMappingProblem,
  mapCalculatorHeaders,
} from "../../src/calculators";
import { normaliseKey } from "../../src/parsing";

describe("calculator header mapping", () => {
  it("gives every accepted header and output column one meaning", () => {
    const keys = [...CALCULATOR_FIELDS.flatMap((f) => f.headers), ...CALCULATOR_OUTPUT_COLUMNS].map(normaliseKey);
    assert.equal(new Set(keys).size, keys.length);
  });

  it("adds only the columns of calculators with a trigger column, in output order", () => {
    const mapping = mapCalculatorHeaders(["ID", "Age at release", "Total sanctions", "sexual appearances", "Age"]);
    assert.deepEqual(
      mapping.calculators.map((c) => c.id),
      ["rm2000s"],
    );
    assert.deepEqual(mapping.outputColumns, [
      "RM2000/s points",
      "RM2000/s factors",
      "RM2000/s band",
      "RM2000/s message",
    ]);
    assert.equal(mapping.roles[4].kind, "ignored", "Age alone is not the age at start of follow-up");
  });

  it("names both columns when two map to one field", () => {
    const mapping = mapCalculatorHeaders(["Age at release", "Age at follow-up", "IIOC sanctions"]);
    assert.equal(
      describeCalculatorMappingProblem(mapping),
      'conflicting columns: "Age at release" and "Age at follow-up" both map to Age at start of follow-up; keep one of them or rename the other',
    );
  });

  it("says what is needed when no calculator has a column", () => {
    const table = calculateTable([
      ["ID", "Offence", "RM2000/s"],
      ["A1", "Contact", "High"],
    ]);
    assert.equal(table.ok, false);
    assert.match(
      !table.ok ? table.message : "",
      /^no calculator input columns: expected headers such as Age at first sanction/,
    );
  });

  it("finds the header row under a title and gives blank outputs to a row with no trigger values", () => {
    const table = calculateTable([
      ["Cohort March", ""],
      ["ID", "OGRS3 offence", "Sex"],
      ["A1", "", "M"],
      ["A2", "Violence", ""],
    ]);
    assert.ok(table.ok);
    assert.equal(table.headerRow, 1);
    const blanks =
      "Age at start of follow-up is blank; Total sanctions is blank; Age at first sanction is blank; Age at current conviction is blank";
    assert.deepEqual(table.outputs, [
      [null, null, null, null],
      [null, null, "Invalid", blanks],
    ]);
  });
});
