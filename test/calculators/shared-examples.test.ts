import assert from "node:assert/strict";
import { CALCULATOR_OUTPUT_COLUMNS, calculateTable } from "../../src/calculators";
import { assertExampleOutputs, readCalculatorExamples } from "../support/calculator-examples";

describe("the 22 shared calculator examples, through the calculator module", () => {
  const { rows, records } = readCalculatorExamples();

  it("finds every input column, ignores Note and replaces the expected output columns", () => {
    const table = calculateTable(rows);
    assert.ok(table.ok);
    assert.equal(table.headerRow, 0);
    assert.deepEqual(table.mapping.outputColumns, CALCULATOR_OUTPUT_COLUMNS);
    assert.equal(Object.keys(table.mapping.columnOf).length, 21);
    assert.deepEqual(
      table.mapping.roles.filter((role) => role.kind === "output").length,
      15,
      "the expected columns are recognised as outputs of an earlier run",
    );
  });

  it("gives every expected output cell of every example", () => {
    const table = calculateTable(rows);
    assert.ok(table.ok);
    assert.equal(table.outputs.length, 22);
    table.outputs.forEach((outputs, index) => assertExampleOutputs(outputs, records[index], "module"));
  });
});
