import "../support/custom-functions-shim";
import assert from "node:assert/strict";
import path from "node:path";
import { explain, flags, programme, route } from "../../src/functions/functions";
import { AS_OF_2014_SERIAL, toExcelCell } from "../support/excel-cells";
import { NO_ADDRESSES } from "../support/custom-functions-shim";
import { readCsvRecords, readCsvRows, SHARED_EXAMPLES } from "../support/shared-examples";

const EXAMPLES_FILE = path.join(SHARED_EXAMPLES, "override-examples.csv");
const INPUT_COLUMNS = 13;

describe("the shared override examples, through =SOTP.ROUTE and the one-value functions", () => {
  const [headerRow, ...rows] = readCsvRows(EXAMPLES_FILE);
  const expected = readCsvRecords(EXAMPLES_FILE);
  const headers = [headerRow.slice(0, INPUT_COLUMNS)];
  const body = rows.map((row) => row.slice(0, INPUT_COLUMNS).map(toExcelCell));

  it("spills the expected Programme, Status, Dosage tier, Flags and Follow-on, and the deciding rule first", async () => {
    const spilled = await route(
      body,
      headers,
      "programme,status,tier,flags,followon,reasons",
      AS_OF_2014_SERIAL,
      null,
      NO_ADDRESSES,
    );
    assert.equal(spilled.length, expected.length);
    spilled.forEach(([programmeCell, status, tier, flagCells, followOn, reasons], index) => {
      const want = expected[index];
      assert.deepEqual(
        [programmeCell, status, tier, flagCells, followOn],
        [want.Programme, want.Status, want["Dosage tier"], want.Flags, want["Follow-on"]],
        `example ${want.ID}`,
      );
      assert.match(reasons, new RegExp(`^${want["Deciding rule"]}: `), `${want.ID} reasons`);
    });
  });

  it("PROGRAMME, FLAGS and EXPLAIN show the override of one row, and what the policy recommended", async () => {
    const row = [body[0]];
    assert.equal(await programme(row, headers, "2014-01-01", null, NO_ADDRESSES), "Low Intensity");
    assert.equal(await flags(row, headers, "2014-01-01", null, NO_ADDRESSES), "OVERRIDDEN");
    const [first, ...policyLines] = (await explain(row, headers, "2014-01-01", null, NO_ADDRESSES)).split("\n");
    assert.equal(
      first,
      "O-1: overridden to Low Intensity (the policy recommends High Intensity · Recommended): Case conference: low dynamic risk",
    );
    assert.match(policyLines[0], /^R-2: /);
  });

  it("EXPLAIN says an override without a reason is invalid (O-0)", async () => {
    const row = [body[1]];
    assert.equal(await programme(row, headers, "2014-01-01", null, NO_ADDRESSES), "None");
    assert.equal(
      await explain(row, headers, "2014-01-01", null, NO_ADDRESSES),
      "O-0: an override needs a reason (Override reason is blank)",
    );
  });
});
