import { NO_PLACES, summaryRowCells } from "../../engine/capacity";
import type { CapacitySummaryRow, Rag } from "../../engine/capacity";
import type { WorkbookSummary } from "../../excel/summary";
import { formatDay } from "../../parsing";
import { describeDataQuality, QualityLine } from "./data-quality";

export interface SummaryRowView {
  programme: string;
  programmeCode: string;
  site: string;
  demand: number;
  deferred: number;
  placesAYear: number;
  /** `1.38`, or `no places`. */
  pressureText: string;
  rag: Rag;
  /** `26.0`, or "" when nobody waits or there are no places. */
  waitText: string;
  atRisk: number;
}

export interface SummaryView {
  heading: string;
  rows: SummaryRowView[];
  /** Things the reader must know to trust the figures: defaults used, problems, other policies. */
  notes: string[];
  /** Capacity problems, each naming its cell. */
  problems: string[];
  quality: QualityLine[];
  hasCapacitySource: boolean;
}

function toRowView(row: CapacitySummaryRow): SummaryRowView {
  const cells = summaryRowCells(row);
  return {
    programme: row.programme,
    programmeCode: row.programmeCode,
    site: row.site,
    demand: row.demand,
    deferred: row.deferred,
    placesAYear: row.placesAYear,
    pressureText: row.pressure === NO_PLACES ? NO_PLACES : cells.Pressure,
    rag: row.rag,
    waitText: cells["Wait weeks"],
    atRisk: row.atRisk,
  };
}

/** What the summary panel shows, from one summary of the workbook; the figures are engine/capacity's. */
export function buildSummaryView(result: WorkbookSummary): SummaryView {
  const { policy, asOf, cohort, capacity, summary } = result;
  const notes: string[] = [`Capacity from ${capacity.description}.`];
  const names = summary.programmesOnDefaults.map((code) => policy.programmeByCode.get(code)?.name ?? code);
  if (names.length > 0 && capacity.kind !== "none")
    notes.push(`No capacity row for ${names.join(", ")}: the policy's default places are used.`);
  for (const [stamp, count] of Object.entries(cohort.otherStamps))
    notes.push(
      `${count} row${count === 1 ? " was" : "s were"} routed with ${stamp}, not ${policy.stamp}: route again.`,
    );
  if (cohort.unknownProgrammeCells.length > 0)
    notes.push(
      `Left out: the Programme cell of ${cohort.unknownProgrammeCells.length} row(s) names no programme of ` +
        `${policy.stamp} (first: ${cohort.unknownProgrammeCells[0]}).`,
    );
  return {
    heading: `${cohort.location.sheetName}, as of ${formatDay(asOf)} (${policy.stamp})`,
    rows: summary.rows.map(toRowView),
    notes,
    problems: capacity.problems.map((p) => p.message),
    quality: describeDataQuality(cohort.outcomes, policy),
    hasCapacitySource: capacity.kind !== "none",
  };
}
