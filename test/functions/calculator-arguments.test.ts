import "../support/custom-functions-shim";
import assert from "node:assert/strict";
import { calculatorCells, prepareCalculatorCall } from "../../src/functions/calculator-cells";
import { ospIic, rm2000s } from "../../src/functions/calculator-functions";
import { NO_ADDRESSES, ShimCustomFunctionError } from "../support/custom-functions-shim";

const NEVER_EMPTY = () => false;

describe("the calculator functions' arguments", () => {
  it("applies a single cell to every row of the ranges", async () => {
    const spilled = await ospIic([["M"]], [[0], [0]], [[1], [2]], [[0]], [[0], [3]], NO_ADDRESSES);
    assert.deepEqual(spilled, [
      [0.63, "Low", ""],
      [10.31, "High", ""],
    ]);
  });

  it("returns empty cells for a row whose trigger arguments are all empty", async () => {
    const spilled = await ospIic(
      [["M"], ["F"]],
      [[null], [""]],
      [[null], [" "]],
      [[null], [null]],
      [[null], [null]],
      NO_ADDRESSES,
    );
    assert.deepEqual(spilled, [
      ["", "", ""],
      ["", "", ""],
    ]);
  });

  it("shows #VALUE! with a message for ranges of different heights or more than one column", async () => {
    await assert.rejects(
      ospIic([["M"]], [[0], [0]], [[1], [2], [3]], [[0]], [[0]], NO_ADDRESSES),
      (error: ShimCustomFunctionError) =>
        error.code === "#VALUE!" &&
        /ranges have different heights .*Contact child sexual sanctions 3/.test(error.message),
    );
    await assert.rejects(
      ospIic([["M", "F"]], [[0]], [[1]], [[0]], [[0]], NO_ADDRESSES),
      (error: ShimCustomFunctionError) =>
        error.code === "#VALUE!" && error.message === "Sex has 2 columns: expected one cell or a one-column range",
    );
  });

  it("reads a 0 in an age or sex argument as an empty cell, since 0 is not a value there", async () => {
    const [row] = await rm2000s([[0]], [[0]], [[1]], [[3]], [["N"]], [["N"]], [["N"]], [["N"]], NO_ADDRESSES);
    assert.deepEqual(row, ["", "", "Invalid", "Age at start of follow-up is blank"]);
  });

  it("keeps a 0 in a count or yes/no argument unless Excel says the cell is empty", () => {
    const call = prepareCalculatorCall("rm2000s", [[["M"]], [[40]], [[2]], [[6]], [[1]], [[1]], [[0]], [[0]]]);
    assert.deepEqual(call.askColumns, [6, 7]);
    assert.deepEqual(calculatorCells(call, NEVER_EMPTY), [[2, 2, "High", ""]]);
    const emptySingle = calculatorCells(call, (argument) => argument === 6);
    assert.deepEqual(emptySingle, [["", "", "Invalid", "Single is blank"]]);
  });

  it("asks about no argument when none holds a 0", () => {
    const call = prepareCalculatorCall("ospIic", [null, [[1]], [["2"]], [[3]], [[4]]]);
    assert.deepEqual(call.askColumns, []);
    assert.equal(call.height, 1);
  });

  it("reads an omitted optional argument (null) as blank", () => {
    const args = [[["M"]], [[37]], [[4]], [[2]], [[0]], [[1]], [[0]], [[30]], [["Y"]], null, null];
    const call = prepareCalculatorCall("ospDc", args);
    assert.deepEqual(calculatorCells(call, NEVER_EMPTY), [[40, 9.61, "Very High", ""]]);
  });
});
