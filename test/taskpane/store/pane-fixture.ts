import type { CohortLocation } from "../../../src/excel";
import type { RouteInExcelOutcome } from "../../../src/excel/route-cohort-in-excel";
import type { RoutedCohort, WorkbookSummary } from "../../../src/excel/summary";
import type { InspectedCohort } from "../../../src/taskpane/excel-session";
import type { CohortInMemory, CohortSource, FinishedRun, PaneState } from "../../../src/taskpane/store";
import { initialPaneState } from "../../../src/taskpane/store";

/** A cohort that needs one correction under each policy: its RM2000/s and OSP/DC columns have other names. */
export const HEADER = ["ID", "Offence", "Static risk band", "OGRS3", "DC score", "OSP/IIC", "Site"];
export const RISK = 2;
export const DC = 4;

export function locationOf(sheetName = "Cohort", dataRowCount = 2): CohortLocation {
  return {
    sheetName,
    tableName: null,
    headerRow: 0,
    firstColumn: 0,
    columnCount: HEADER.length,
    dataRowCount,
    headerCells: HEADER,
    lastUsedColumn: HEADER.length - 1,
    address: `${sheetName}!A1:G${dataRowCount + 1}`,
  };
}

export function inspected(saved: InspectedCohort["savedByPolicy"] = {}, sheetName = "Cohort"): InspectedCohort {
  return { location: locationOf(sheetName), savedByPolicy: saved, savedPolicyId: null };
}

/** Deeply frozen, so a test fails if `updatePane` changes the state it was given. */
export function frozen<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) frozen(child);
  }
  return value;
}

export const start = (): PaneState => frozen(initialPaneState("2014-01-01"));

export const source = (kind: CohortSource["kind"], rows = 2): CohortSource => ({
  kind,
  sheetName: "Cohort",
  at: Date.UTC(2026, 11, 1, 23, 41),
  rows,
});

/** A finished run and its cohort in memory; only the fields the store reads are real. */
export function finishedRun(rowCount = 2): { run: FinishedRun; inMemory: CohortInMemory } {
  const location = { ...locationOf(), columnCount: HEADER.length };
  const outcome = { location, rowCount, statusCounts: {}, rowsToReview: [], overriddenRows: [] };
  const run = { outcome: outcome as unknown as RouteInExcelOutcome, policyId: "foi-86525", asOf: 16071 };
  const cohort = { location, entries: [] } as unknown as RoutedCohort;
  const cells = { rows: [], facts: [] };
  return { run, inMemory: { source: source("routing", rowCount), policyId: "foi-86525", asOf: 16071, cohort, cells } };
}

export const summaryOf = (name: string) => ({ name }) as unknown as WorkbookSummary;
