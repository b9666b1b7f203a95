import "../support/custom-functions-shim";
import assert from "node:assert/strict";
import { ospIic } from "../../src/functions/calculator-functions";

/** A fake of the Excel calls readCellFacts makes: every range's first column has the given value types. */
function installFakeExcel(valueTypes: Record<string, string[]>, asked: string[]): void {
  (globalThis as { Excel?: unknown }).Excel = {
    RangeValueType: { empty: "Empty" },
    RequestContext: class {
      workbook = {
        worksheets: {
          getItem: (sheet: string) => ({
            getRange: (range: string) => ({
              getColumn: () => ({
                load: () => {
                  asked.push(`${sheet}!${range}`);
                  const types = valueTypes[`${sheet}!${range}`] ?? [];
                  return { numberFormat: types.map(() => ["General"]), valueTypes: types.map((t) => [t]) };
                },
              }),
            }),
          }),
        },
      };
      sync = async () => undefined;
    },
  };
}

describe("=SOTP.OSPIIC with Excel's value types", () => {
  afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

  it("reads the 0 desktop Excel passes for an empty count cell as blank, and a typed 0 as 0", async () => {
    const asked: string[] = [];
    installFakeExcel({ "S!B2:B3": ["Double", "Empty"] }, asked);
    const invocation = {
      parameterAddresses: ["S!A2:A3", "S!B2:B3", "S!C2:C3", "S!D2:D3", "S!E2:E3"],
    } as unknown as CustomFunctions.Invocation;
    const spilled = await ospIic([["M"], ["M"]], [[0], [0]], [[1], [1]], [[0], [0]], [[0], [0]], invocation);
    assert.deepEqual(spilled[0], [0.63, "Low", ""]);
    assert.deepEqual(spilled[1], ["", "Invalid", "Contact adult sexual sanctions is blank"]);
    assert.deepEqual(asked, ["S!B2:B3", "S!D2:D3", "S!E2:E3"], "only the count arguments holding a 0 are read");
  });
});
