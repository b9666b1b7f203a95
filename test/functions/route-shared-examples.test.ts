import "../support/custom-functions-shim";
import assert from "node:assert/strict";
import path from "node:path";
import { route } from "../../src/functions/functions";
import { AS_OF_2014_SERIAL, toExcelCell } from "../support/excel-cells";
import { NO_ADDRESSES } from "../support/custom-functions-shim";
import { readCsvRecords, readCsvRows, SHARED_EXAMPLES } from "../support/shared-examples";

const INPUT_COLUMNS = 16;
const EXAMPLES = [
  { file: "cohort-examples.csv", policy: null },
  { file: "hmpps-2017-examples.csv", policy: "hmpps-2017" },
];

for (const { file, policy } of EXAMPLES) describeExamples(path.join(SHARED_EXAMPLES, file), policy);

function describeExamples(EXAMPLES_FILE: string, policy: string | null): void {
  describe(`the shared routing examples of ${policy ?? "the default policy"}, through =SOTP.ROUTE`, () => {
    const [headerRow, ...rows] = readCsvRows(EXAMPLES_FILE);
    const expected = readCsvRecords(EXAMPLES_FILE);
    const headers = [headerRow.slice(0, INPUT_COLUMNS)];
    const body = rows.map((row) => row.slice(0, INPUT_COLUMNS).map(toExcelCell));

    it("spills one row of Programme, Status, Dosage tier, Flags and Follow-on per example", async () => {
      const spilled = await route(body, headers, null as unknown as string, AS_OF_2014_SERIAL, policy, NO_ADDRESSES);
      assert.equal(spilled.length, expected.length);
      spilled.forEach((cells, index) => {
        const want = expected[index];
        assert.deepEqual(
          cells,
          [want.Programme, want.Status, want["Dosage tier"], want.Flags, want["Follow-on"]],
          `example ${want.ID}`,
        );
      });
    });

    it("gives the same results without headers when the columns are in the canonical order", async () => {
      const withHeaders = await route(
        body,
        headers,
        "programme,status,tier,flags,followon",
        "2014-01-01",
        policy,
        NO_ADDRESSES,
      );
      const without = await route(body, null as unknown as unknown[][], "", "2014-01-01", policy, NO_ADDRESSES);
      assert.deepEqual(without, withHeaders);
    });
  });
}
