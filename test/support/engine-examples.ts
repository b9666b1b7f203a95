import assert from "node:assert/strict";
import { createRouter, type DecisionView, presentDecision, resultCells, routeCohort } from "../../src/engine";
import type { OutputColumn } from "../../src/parsing";
import { createRowParser, mapHeaders, parseIsoDay } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { readCsvRecords, readCsvRows } from "./shared-examples";

/** A routed row in the policy's words, with its output cells (as the presenter writes them). */
export type ExampleResult = DecisionView & { cells: Readonly<Record<OutputColumn, string>> };

/** Routes a shared example file through the engine at the examples' as-of date (2014-01-01). */
export function routeExampleFile(file: string, policyId: string) {
  const policy = getBundledPolicy(policyId);
  const [headers, ...rows] = readCsvRows(file);
  const parseRow = createRowParser(mapHeaders(headers, policy), policy);
  const router = createRouter(policy, { asOf: parseIsoDay("2014-01-01") as number });
  const decisions = routeCohort(
    router,
    rows.map((row) => parseRow(row)),
  );
  const results = decisions.map((decision): ExampleResult => ({
    ...presentDecision(decision, policy),
    cells: resultCells(decision, policy),
  }));
  return { policy, expected: readCsvRecords(file), results };
}

/** Asserts one routed row against its example: the five shown columns, the deciding rule first, the stamp. */
export function assertMatchesExample(result: ExampleResult, want: Record<string, string>, stamp: string): void {
  const { cells } = result;
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
  assert.equal(cells.Policy, stamp);
}
