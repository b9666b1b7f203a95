import assert from "node:assert/strict";
import path from "node:path";
import {
  CapacityChange,
  CapacitySavePlan,
  computeCapacitySummary,
  parseCapacityTable,
  planCapacitySave,
  summaryRowKey,
  summaryTableCells,
} from "../../../src/engine/capacity";
import type { CellValue } from "../../../src/parsing";
import { readCsvRows, SHARED_EXAMPLES } from "../../support/shared-examples";
import { dayOf, policy, routeForCapacity } from "./capacity-test-support";

const example = (name: string) => readCsvRows(path.join(SHARED_EXAMPLES, `capacity-example-${name}.csv`));
const cohort = routeForCapacity(example("cohort"), "2014-01-01");
const CAPACITY: CellValue[][] = example("capacity");
const change = (programmeCode: string, site: string, groupsPerYear: number, groupSize: number): CapacityChange => ({
  programmeCode,
  site,
  groupsPerYear,
  groupSize,
});

function summarise(cells: readonly (readonly CellValue[])[], changes: readonly CapacityChange[] = []) {
  const whatIf = new Map(changes.map((c) => [summaryRowKey(c.programmeCode, c.site), c]));
  const capacity = parseCapacityTable(cells, policy).rows;
  return computeCapacitySummary({ policy, ...cohort, capacity, asOf: dayOf("2014-01-01"), whatIf });
}

function plan(changes: CapacityChange[], cells = CAPACITY, bySite = true): CapacitySavePlan {
  const summaryRows = summarise(cells).rows;
  return planCapacitySave({ cells, changes, summaryRows, bySite }, policy);
}

function apply(cells: readonly (readonly CellValue[])[], { writes, newRows }: CapacitySavePlan): CellValue[][] {
  const result = cells.map((row) => [...row]);
  for (const { row, column, value } of writes) result[row][column] = value;
  return [...result, ...newRows];
}

describe("planning the save of what-if figures to the capacity table", () => {
  it("overwrites the two cells of an existing site row", () => {
    assert.deepEqual(plan([change("HI", "HMP Bure", 2, 10)]), {
      writes: [
        { row: 1, column: 2, value: 2 },
        { row: 1, column: 3, value: 10 },
      ],
      newRows: [],
      problems: [],
    });
  });

  it("adds a site row, with the all-sites row's Weeks, for a site that had none", () => {
    assert.deepEqual(plan([change("LI", "HMP Whatton", 2, 8)]).newRows, [["Low Intensity", "HMP Whatton", 2, 8, 12]]);
    assert.deepEqual(plan([change("BNM", "HMP Bure", 3, 8)]).newRows, [["Becoming New Me", "HMP Bure", 3, 8, ""]]);
  });

  it("changes the all-sites row when not split by site", () => {
    assert.deepEqual(plan([change("HI", "", 3, 8)], CAPACITY, false), {
      writes: [
        { row: 2, column: 2, value: 3 },
        { row: 2, column: 3, value: 8 },
      ],
      newRows: [],
      problems: [],
    });
  });

  it("leaves every figure but the chosen ones as it was, whatever is changed", () => {
    const cases = [
      [change("HI", "HMP Bure", 2, 8)],
      [change("LI", "HMP Whatton", 1, 10), change("NMC", "HMP Whatton", 1, 8)],
      [change("BNM", "HMP Bure", 0, 8), change("HI", "HMP Whatton", 5, 4)],
    ];
    for (const changes of cases) {
      const saved = apply(CAPACITY, plan(changes));
      assert.deepEqual(summaryTableCells(summarise(saved)), summaryTableCells(summarise(CAPACITY, changes)));
      assert.deepEqual(saved.slice(0, 1), CAPACITY.slice(0, 1), "the header row is never touched");
    }
  });

  it("gives other sites their own rows before changing an all-sites row for people without a site", () => {
    // A Low Intensity man with a blank Site cell joins the cohort: his row can only use the all-sites row.
    const blankSite = cohort.entries.find((e) => e.programmeCode === "LI");
    assert.ok(blankSite);
    const entries = [...cohort.entries, { ...blankSite, site: null, order: 999 }];
    const capacity = parseCapacityTable(CAPACITY, policy).rows;
    const asOf = dayOf("2014-01-01");
    const before = computeCapacitySummary({ policy, entries, capacity, asOf, bySite: true });
    const changes = [change("LI", "", 1, 4)];
    const saved = planCapacitySave({ cells: CAPACITY, changes, summaryRows: before.rows, bySite: true }, policy);
    assert.deepEqual(saved.newRows, [["Low Intensity", "HMP Whatton", 4, 8, 12]]);
    const after = parseCapacityTable(apply(CAPACITY, saved), policy).rows;
    const whatIf = new Map([[summaryRowKey("LI", ""), changes[0]]]);
    assert.deepEqual(
      summaryTableCells(computeCapacitySummary({ policy, entries, capacity: after, asOf, bySite: true })),
      summaryTableCells(computeCapacitySummary({ policy, entries, capacity, asOf, bySite: true, whatIf })),
    );
  });

  it("refuses, saying why, when a site row is needed and the table has no Site column", () => {
    const cells = CAPACITY.filter((row) => row[1] === "" || row[1] === "Site").map((row) => [row[0], ...row.slice(2)]);
    assert.deepEqual(plan([change("HI", "HMP Bure", 2, 8), change("LI", "HMP Whatton", 2, 8)], cells).problems, [
      "The capacity table has no Site column: add one to save figures for a site.",
    ]);
  });

  it("refuses while the capacity table has a bad cell", () => {
    const cells = CAPACITY.map((row, index) => (index === 2 ? [row[0], row[1], "two", ...row.slice(3)] : row));
    assert.deepEqual(plan([change("HI", "HMP Bure", 2, 8)], cells).problems, [
      'C3: Groups per year "two" is not a number ≥ 0',
    ]);
  });
});
