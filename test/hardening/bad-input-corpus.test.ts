import assert from "node:assert/strict";
import { reasonLines, resultCells, routeTable } from "../../src/engine";
import type { Decision } from "../../src/engine";
import { CellValue, parseIsoDay } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { cellFromCorpus, CorpusCase, loadCorpus, recordFor } from "./corpus-cases";

const corpus = loadCorpus();
const policy = getBundledPolicy("foi-86525");
const asOf = parseIsoDay(corpus.asOf) as number;
/** A reason line longer than this would not read as a message in a cell. */
const LONGEST_REASON_LINE = 400;

/** The header row (every header of the rows, first seen first) and the rows under it. */
function tableFor(testCase: CorpusCase): CellValue[][] {
  if (testCase.headers) return [testCase.headers.map(cellFromCorpus), testCase.headers.map(() => "x")];
  const records = (testCase.rows ?? [testCase.cells ?? {}]).map((cells) => recordFor(corpus.base, cells));
  const headers = [...new Set(records.flatMap((record) => Object.keys(record)))];
  return [headers, ...records.map((record) => headers.map((header) => record[header] ?? null))];
}

function perRow<T>(expected: T | T[] | undefined, rows: number): (T | undefined)[] {
  return Array.isArray(expected) ? expected : Array.from({ length: rows }, () => expected);
}

function assertText(text: string, testCase: CorpusCase): void {
  if (testCase.message !== undefined) assert.ok(text.includes(testCase.message), `"${testCase.message}" in:\n${text}`);
  if (testCase.pattern !== undefined) assert.match(text, new RegExp(testCase.pattern, "u"));
}

function assertResults(results: Decision[], testCase: CorpusCase): void {
  const rows = testCase.rows?.length ?? 1;
  assert.equal(results.length, rows);
  const statuses = perRow(testCase.status, rows);
  const flags = perRow(testCase.flags, rows);
  results.forEach((result, index) => {
    const cells = resultCells(result, policy);
    if (statuses[index] !== undefined) assert.equal(cells.Status, statuses[index], cells.Reasons);
    if (flags[index] !== undefined) assert.equal(cells.Flags, flags[index], cells.Reasons);
    for (const line of reasonLines(result, policy))
      assert.ok(line.length <= LONGEST_REASON_LINE, `short line: ${line.length}`);
  });
  assertText(results.map((r) => reasonLines(r, policy).join("\n")).join("\n"), testCase);
}

describe("the bad-input corpus, through header mapping, row parser and engine", () => {
  it("holds at least 100 cases, each expecting a status or a message", () => {
    assert.ok(corpus.cases.length >= 100, `${corpus.cases.length} cases`);
    for (const testCase of corpus.cases) {
      const expects = [testCase.status, testCase.message, testCase.pattern].some((e) => e !== undefined);
      assert.ok(expects, testCase.name);
    }
  });

  for (const testCase of corpus.cases) {
    it(testCase.name, () => {
      const routed = routeTable(tableFor(testCase), { policy, asOf });
      if (testCase.headers) {
        assert.equal(routed.ok, false, "the file is rejected as a whole");
        if (!routed.ok) assertText(routed.message, testCase);
        return;
      }
      assert.ok(routed.ok, routed.ok ? "" : routed.message);
      assertResults(routed.results, testCase);
    });
  }
});
