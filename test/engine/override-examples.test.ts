import assert from "node:assert/strict";
import path from "node:path";
import { createRouter, resultCells, routeCohort } from "../../src/engine";
import { createRowParser, mapHeaders, parseIsoDay } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { readCsvRecords, readCsvRows, SHARED_EXAMPLES } from "../support/shared-examples";

const EXAMPLES_FILE = path.join(SHARED_EXAMPLES, "override-examples.csv");

describe("the shared override examples, through the engine", () => {
  const policy = getBundledPolicy("foi-86525");
  const [headers, ...rows] = readCsvRows(EXAMPLES_FILE);
  const expected = readCsvRecords(EXAMPLES_FILE);
  const parseRow = createRowParser(mapHeaders(headers, policy), policy);
  const router = createRouter(policy, { asOf: parseIsoDay("2014-01-01") as number });
  const results = routeCohort(
    router,
    rows.map((row) => parseRow(row)),
  );

  expected.forEach((want, index) => {
    it(`routes ${want.ID} as ${want.Programme} / ${want.Status} by ${want["Deciding rule"]}`, () => {
      const result = results[index];
      const cells = resultCells(result);
      assert.deepEqual(
        {
          Programme: cells.Programme,
          Status: cells.Status,
          "Dosage tier": cells["Dosage tier"],
          Flags: cells.Flags,
          "Follow-on": cells["Follow-on"],
          "Deciding rule": result.decidingRule,
        },
        {
          Programme: want.Programme,
          Status: want.Status,
          "Dosage tier": want["Dosage tier"],
          Flags: want.Flags,
          "Follow-on": want["Follow-on"],
          "Deciding rule": want["Deciding rule"],
        },
      );
      assert.ok(result.reasons[0].startsWith(`${want["Deciding rule"]}: `), result.reasons[0]);
    });
  });

  it("quotes the reason and what the policy recommended in the O-1 line, then the policy's own lines", () => {
    const ov01 = results[0];
    assert.equal(
      ov01.reasons[0],
      "O-1: overridden to Low Intensity (the policy recommends High Intensity · Recommended): Case conference: low dynamic risk",
    );
    assert.deepEqual(ov01.reasons.slice(1), ov01.computed?.reasons);
    assert.equal(ov01.computed?.programme, "High Intensity");
    assert.deepEqual(ov01.computed?.flags, ["PILOT_ONLY"]);
  });

  it("says which reason is blank in O-0", () => {
    assert.deepEqual(results[1].reasons, ["O-0: an override needs a reason (Override reason is blank)"]);
  });
});
