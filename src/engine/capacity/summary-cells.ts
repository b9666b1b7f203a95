import type { CapacitySummary, CapacitySummaryRow } from "./capacity-summary";
import type { GroupsAnswer } from "./planning";
import { NO_PLACES } from "./pressure";
import { roundHalfAwayFromZero } from "./round-half-away";

/** The columns of the machine-readable summary (CLI `sotp summary --format csv`, the summary sheet's table). */
export const SUMMARY_COLUMNS = [
  "Programme",
  "Site",
  "Demand",
  "Deferred",
  "Places a year",
  "Pressure",
  "RAG",
  "Wait weeks",
  "At risk",
  "Unavoidable",
  "Groups needed",
  "Groups for green",
] as const;
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];

/** The text of each summary column for one row: pressure with 2 decimals, wait with 1, blanks as "". */
export function summaryRowCells(row: CapacitySummaryRow): Record<SummaryColumn, string> {
  return {
    Programme: row.programme,
    Site: row.site,
    Demand: String(row.demand),
    Deferred: String(row.deferred),
    "Places a year": String(roundHalfAwayFromZero(row.placesAYear, 2)),
    Pressure: row.pressure === NO_PLACES ? NO_PLACES : row.pressure.toFixed(2),
    RAG: row.rag,
    "Wait weeks": row.waitWeeks === null ? "" : row.waitWeeks.toFixed(1),
    "At risk": String(row.atRisk),
    Unavoidable: String(row.unavoidable),
    "Groups needed": groupsText(row.groupsNeeded),
    "Groups for green": groupsText(row.groupsForGreen),
  };
}

/** A number of groups a year as text: `2`, `over 520`, or "" for blank. */
export function groupsText(groups: GroupsAnswer): string {
  return groups === null ? "" : String(groups);
}

/** The header row, then one row of strings per summary row, in SUMMARY_COLUMNS order. */
export function summaryTableCells(summary: CapacitySummary): string[][] {
  return [
    [...SUMMARY_COLUMNS],
    ...summary.rows.map((row) => {
      const cells = summaryRowCells(row);
      return SUMMARY_COLUMNS.map((column) => cells[column]);
    }),
  ];
}
