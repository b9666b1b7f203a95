import "../support/custom-functions-shim";
import assert from "node:assert/strict";
import { readCellFacts, splitSheetAddress } from "../../src/functions/excel-cell-facts";
import { route } from "../../src/functions/functions";

interface FakeColumn {
  numberFormat: string[][];
  valueTypes: string[][];
}

/** A fake of the few Excel API calls readCellFacts makes; records what was asked for. */
function installFakeExcel(columns: FakeColumn[], calls: string[]): void {
  const rangeOf = (address: string) => ({
    getColumn: (index: number) => ({
      load: () => {
        calls.push(`${address} column ${index}`);
        return columns[index];
      },
    }),
  });
  (globalThis as { Excel?: unknown }).Excel = {
    RangeValueType: { empty: "Empty" },
    RequestContext: class {
      workbook = {
        worksheets: {
          getItem: (name: string) => ({ getRange: (range: string) => rangeOf(`${name}!${range}`) }),
          getActiveWorksheet: () => ({ getRange: (range: string) => rangeOf(`active!${range}`) }),
        },
      };
      sync = async () => undefined;
    },
  };
}

describe("reading number formats and empty cells through the Excel API", () => {
  afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

  it("splits a parameter address into sheet and range", () => {
    assert.deepEqual(splitSheetAddress("'Cohort 2014'!A2:P20"), { sheet: "Cohort 2014", range: "A2:P20" });
    assert.deepEqual(splitSheetAddress("Sheet1!B3"), { sheet: "Sheet1", range: "B3" });
    assert.deepEqual(splitSheetAddress("A1:C3"), { sheet: null, range: "A1:C3" });
  });

  it("answers no facts without Excel, without an address, or when no column is needed", async () => {
    assert.equal((await readCellFacts("Sheet1!A1:B2", [1])).size, 0);
    const calls: string[] = [];
    installFakeExcel([], calls);
    assert.equal((await readCellFacts(undefined, [1])).size, 0);
    assert.equal((await readCellFacts("Sheet1!A1:B2", [])).size, 0);
    assert.deepEqual(calls, []);
  });

  it("reads the needed columns in one go, so =SOTP.ROUTE reads 0.62 in a 62% cell as 62", async () => {
    const calls: string[] = [];
    const ogrs3 = { numberFormat: [["0%"], ["General"]], valueTypes: [["Double"], ["Empty"]] };
    const other = { numberFormat: [["General"], ["General"]], valueTypes: [["String"], ["String"]] };
    installFakeExcel([other, other, other, ogrs3], calls);
    const invocation = { parameterAddresses: ["'My cohort'!A2:D3", "'My cohort'!A1:D1"] };
    const spilled = await route(
      [
        ["A1", "Contact", "Low", 0.62],
        ["A2", "Contact", "Low", 0],
      ],
      [["ID", "Offence", "RM2000/s", "OGRS3"]],
      "programme,status",
      "2014-01-01",
      null,
      invocation as unknown as CustomFunctions.Invocation,
    );
    assert.deepEqual(calls, ["My cohort!A2:D3 column 3"]);
    assert.deepEqual(spilled, [
      ["Low Intensity", "Recommended"],
      ["None", "Incomplete"],
    ]);
  });
});
