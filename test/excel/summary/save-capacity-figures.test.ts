import assert from "node:assert/strict";
import { CapacityChange, summaryRowKey, summaryTableCells } from "../../../src/engine/capacity";
import { computeCapacitySummary } from "../../../src/engine/capacity";
import {
  createCapacitySheet,
  resummariseCapacity,
  saveCapacityFigures,
  SummaryError,
  summariseWorkbook,
  WorkbookSummary,
} from "../../../src/excel/summary";
import { FakeExcel } from "../../support/fake-excel";
import { AS_OF, fakeWithRoutedCohort, POLICY } from "./routed-sheet-fixture";

const CHANGES: CapacityChange[] = [
  { programmeCode: "HI", site: "Bure", groupsPerYear: 3, groupSize: 2 },
  { programmeCode: "LI", site: "Usk", groupsPerYear: 1, groupSize: 8 },
];

function cellsOf(fake: FakeExcel, sheetName: string): unknown[][] {
  const sheet = fake.state.sheet(sheetName);
  return [...sheet.values].sort(([a], [b]) => a - b).map(([, cells]) => Array.from(cells, (cell) => cell ?? ""));
}

/** The summary the pane shows for the changes before saving (engine what-if on the figures read). */
function whatIfTable(before: WorkbookSummary, changes: readonly CapacityChange[]): string[][] {
  const whatIf = new Map(changes.map((change) => [summaryRowKey(change.programmeCode, change.site), change]));
  const { policy, asOf, cohort, capacity } = before;
  const entries = cohort.entries;
  return summaryTableCells(
    computeCapacitySummary({ policy, asOf, entries, capacity: capacity.rows, bySite: cohort.bySite, whatIf }),
  );
}

async function saveAndResummarise(fake: FakeExcel, changes = CHANGES) {
  const before = await fake.Excel.run((context) => summariseWorkbook(context, { policy: POLICY, asOf: AS_OF }));
  const saved = await fake.Excel.run((context) => saveCapacityFigures(context, before, changes));
  const after = await fake.Excel.run((context) => resummariseCapacity(context, before));
  return { before, saved, after };
}

describe("saving what-if figures to the capacity sheet", () => {
  it("changes two cells of the site row, adds a row for a site without one, and touches nothing else", async () => {
    const fake = fakeWithRoutedCohort();
    const cohortBefore = cellsOf(fake, "Cohort");
    const { before, saved, after } = await saveAndResummarise(fake);
    assert.deepEqual(cellsOf(fake, "Capacity"), [
      ["Programme", "Site", "Groups per year", "Group size", "Weeks"],
      ["HI", "Bure", 3, 2, ""],
      ["High Intensity", "", 4, 1, ""],
      ["Low Intensity", "Usk", 1, 8, ""],
    ]);
    assert.deepEqual(saved, { description: 'sheet "Capacity"', changedCells: 2, addedRows: 1, created: false });
    assert.deepEqual(cellsOf(fake, "Cohort"), cohortBefore);
    assert.deepEqual(summaryTableCells(after.summary), whatIfTable(before, CHANGES));
  });

  it("grows a Capacity table by the rows it adds", async () => {
    const fake = fakeWithRoutedCohort(null);
    await fake.Excel.run((context) => createCapacitySheet(context, POLICY));
    const { before, after } = await saveAndResummarise(fake);
    assert.deepEqual(
      fake.state.tables.map((table) => [table.name, table.box]),
      [["Capacity", { r0: 0, c0: 0, r1: 8, c1: 4 }]],
    );
    assert.deepEqual(cellsOf(fake, "Capacity").slice(7), [
      ["High Intensity", "Bure", 3, 2, ""],
      ["Low Intensity", "Usk", 1, 8, ""],
    ]);
    assert.deepEqual(summaryTableCells(after.summary), whatIfTable(before, CHANGES));
  });

  it("creates the Capacity sheet first when the workbook has none", async () => {
    const fake = fakeWithRoutedCohort(null);
    const { saved, after } = await saveAndResummarise(fake);
    assert.equal(saved.created, true);
    assert.equal(after.capacity.kind, "table");
    assert.equal(cellsOf(fake, "Capacity").length, 9, "the policy's six programmes and two site rows");
  });

  it("writes nothing when the rows below a Capacity table are in use", async () => {
    const fake = fakeWithRoutedCohort(null);
    await fake.Excel.run((context) => createCapacitySheet(context, POLICY));
    fake.state.writeCells("Capacity", "B8", [["notes"]]);
    const cells = cellsOf(fake, "Capacity");
    await assert.rejects(
      saveAndResummarise(fake),
      (error: unknown) =>
        error instanceof SummaryError && /below the Capacity table \(Capacity!A8:E9\) are in use/.test(error.message),
    );
    assert.deepEqual(cellsOf(fake, "Capacity"), cells);
  });
});
