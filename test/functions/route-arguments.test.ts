import "../support/custom-functions-shim";
import assert from "node:assert/strict";
import { route } from "../../src/functions/functions";
import { NO_ADDRESSES, ShimCustomFunctionError } from "../support/custom-functions-shim";

const HEADERS = [["ID", "Offence", "RM2000/s", "OGRS3"]];
const ROW = [["A1", "Contact", "Low", 62]];
const TODAY = null as unknown;
const omitted = null as unknown as string;

async function valueError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ShimCustomFunctionError, String(error));
    assert.equal(error.code, "#VALUE!");
    return error.message;
  }
  assert.fail("expected #VALUE!");
}

describe("SOTP.ROUTE arguments", () => {
  it("picks and orders output columns by short names", async () => {
    const spilled = await route(ROW, HEADERS, "tier, programme;policy,status", TODAY, null, NO_ADDRESSES);
    assert.deepEqual(spilled, [["Low", "Low Intensity", "foi-86525@1.0.0", "Recommended"]]);
  });

  it("accepts the output column names themselves as fields", async () => {
    const spilled = await route(ROW, HEADERS, "Dosage tier,Follow-on,Reasons", TODAY, null, NO_ADDRESSES);
    assert.equal(spilled[0][0], "Low");
    assert.equal(spilled[0][1], "");
    assert.match(spilled[0][2], /^R-1: /);
  });

  it("reads asOf from a date serial and from ISO text alike", async () => {
    const rows = [["A1", "Contact", "Low", 62, 41730]]; // release 2014-04-01
    const headers = [["ID", "Offence", "RM2000/s", "OGRS3", "Release date"]];
    const bySerial = await route(rows, headers, "flags", 41640, null, NO_ADDRESSES);
    const byText = await route(rows, headers, "flags", "2014-01-01", null, NO_ADDRESSES);
    assert.deepEqual(bySerial, [["INSUFFICIENT_TIME"]]);
    assert.deepEqual(byText, bySerial);
  });

  const shapeErrors: [string, () => Promise<unknown>, RegExp][] = [
    [
      "an unknown field name",
      () => route(ROW, HEADERS, "programme,colour", TODAY, null, NO_ADDRESSES),
      /unknown field "colour"/,
    ],
    [
      "headers wider than rows",
      () => route(ROW, [[...HEADERS[0], "Site"]], omitted, TODAY, null, NO_ADDRESSES),
      /headers has 5 columns but rows has 4/,
    ],
    [
      "headers of two rows",
      () => route(ROW, [HEADERS[0], HEADERS[0]], omitted, TODAY, null, NO_ADDRESSES),
      /headers has 2 rows/,
    ],
    [
      "a missing required column",
      () => route([["A1", 62]], [["ID", "OGRS3"]], omitted, TODAY, null, NO_ADDRESSES),
      /missing required columns: Offence.*RM2000\/s/,
    ],
    [
      "conflicting columns",
      () => route([["x", "y", "Low"]], [["Offence", "Offence type", "RM2000/s"]], omitted, TODAY, null, NO_ADDRESSES),
      /conflicting columns/,
    ],
    [
      "too many columns without headers",
      () => route([new Array(19).fill("x")], null as unknown as unknown[][], omitted, TODAY, null, NO_ADDRESSES),
      /without headers, expected at most 18 columns in the order id, sex/,
    ],
    [
      "an asOf that is not a date",
      () => route(ROW, HEADERS, omitted, "soon", null, NO_ADDRESSES),
      /asOf "soon" is not accepted/,
    ],
  ];
  for (const [what, call, message] of shapeErrors) {
    it(`answers #VALUE! with a message for ${what}`, async () => {
      assert.match(await valueError(call()), message);
    });
  }
});
