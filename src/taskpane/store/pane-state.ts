import type { RouteInExcelOutcome } from "../../excel/route-cohort-in-excel";
import type { WorkbookComparison } from "../../excel/compare";
import type { RoutedCohort, WorkbookSummary } from "../../excel/summary";
import type { ColumnChoices } from "../../parsing";
import type { InspectedCohort } from "../excel-session";
import type { PaneNotice, RunProgress } from "../pane-text";
import type { RowEdit } from "../summary/what-if";

/** A line of a view's status area. */
export interface StatusLine {
  text: string;
  kind: "info" | "error";
}

/** Where the cohort a view shows came from: the routing run still in memory, or a read of the sheet. */
export interface CohortSource {
  kind: "routing" | "sheet";
  sheetName: string;
  /** When it was routed or read, in ms since 1970 (shown as a time of day). */
  at: number;
  rows: number;
}

/** The last routing run's cohort, kept so the summary, what-if and comparison need no second read. */
export interface CohortInMemory {
  source: CohortSource;
  policyId: string;
  /** The as-of date of the run, as a day number. */
  asOf: number;
  cohort: RoutedCohort;
  /** The data rows as read (inputs), for routing under other policies. */
  cells: RouteInExcelOutcome["cells"];
}

export interface RoutingState {
  running: boolean;
  cancelRequested: boolean;
  progress: RunProgress;
}

/** The last run that finished, for the results list and selecting its rows. */
export interface FinishedRun {
  /** Without the cells and routing, which only `inMemory` keeps (and drops on the next look at the sheet). */
  outcome: Omit<RouteInExcelOutcome, "cells" | "routing">;
  policyId: string;
  asOf: number;
}

export interface SummaryState {
  busy: boolean;
  status: StatusLine;
  /** The sheet summarised last: Refresh reads it again, whichever sheet is active. */
  sheetName: string | null;
  /** The summary with the sheet's capacity figures (the what-if's base), and where its cohort came from. */
  base: WorkbookSummary | null;
  source: CohortSource | null;
  /** The what-if figures typed, by summaryRowKey. */
  edits: Readonly<Record<string, RowEdit>>;
}

export interface CompareState {
  busy: boolean;
  status: StatusLine;
  fromId: string;
  toId: string;
  /** The sheet compared last (used while the Comparison sheet is active). */
  sheetName: string | null;
  result: { comparison: WorkbookComparison; source: CohortSource; fromId: string; toId: string } | null;
  /** The transition line whose rows were selected last. */
  pressed: number | null;
}

/** The whole task pane's state: every view renders from it, and only `updatePane` makes the next one. */
export interface PaneState {
  policyId: string;
  /** The as-of date as typed (ISO from the date input); parsed where used. */
  asOfText: string;
  /** The cohort the pane found (Find cohort), or null. */
  cohort: InspectedCohort | null;
  /** The pane has looked for the cohort at least once (before that, it says nothing about where it is). */
  lookedForCohort: boolean;
  /** Column choices by sheet name, then by policy id: switching policy or sheet never loses the other's. */
  choices: Readonly<Record<string, Readonly<Record<string, ColumnChoices>>>>;
  notice: PaneNotice | null;
  routing: RoutingState;
  lastRun: FinishedRun | null;
  inMemory: CohortInMemory | null;
  summary: SummaryState;
  compare: CompareState;
}
