import assert from "node:assert/strict";
import path from "node:path";
import { createRouter, resultCells, routeCohort } from "../../src/engine";
import { createRowParser, mapHeaders, parseIsoDay } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { readCsvRecords, readCsvRows, SHARED_EXAMPLES } from "../support/shared-examples";

const EXAMPLES = [
  { file: "cohort-examples.csv", policyId: "foi-86525" },
  { file: "hmpps-2017-examples.csv", policyId: "hmpps-2017" },
];

for (const { file, policyId } of EXAMPLES) describeExamples(path.join(SHARED_EXAMPLES, file), policyId);

function describeExamples(EXAMPLES_FILE: string, policyId: string): void {
  describe(`the shared routing examples of ${policyId}, through the engine`, () => {
    const policy = getBundledPolicy(policyId);
    const [headers, ...rows] = readCsvRows(EXAMPLES_FILE);
    const expected = readCsvRecords(EXAMPLES_FILE);
    const mapping = mapHeaders(headers, policy);
    const parseRow = createRowParser(mapping, policy);
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
        assert.equal(cells.Policy, `${policyId}@1.0.0`);
      });
    });
  });
}
