import { describeDefaultCapacity, NO_PLACES, summaryRowCells, unmatchedCapacityRows } from "../../engine/capacity";
import type { CapacitySummaryRow, Rag } from "../../engine/capacity";
import type { WorkbookSummary } from "../../excel/summary";
import { formatDay } from "../../parsing";
import { describeDataQuality, describeOutsideSettingLine, QualityLine } from "./data-quality";

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
  /** One sentence a programme manager reads first: how many rows are red or amber, how many people at risk. */
  headline: string;
  rows: SummaryRowView[];
  /** Things the reader must know to trust the figures: defaults used, problems, other policies. */
  notes: string[];
  /** Capacity problems, each naming its cell. */
  problems: string[];
  quality: QualityLine[];
  hasCapacitySource: boolean;
}

export function toRowView(row: CapacitySummaryRow): SummaryRowView {
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
  const onDefaults = describeDefaultCapacity(summary);
  if (onDefaults.length > 0 && capacity.kind !== "none")
    notes.push(`No capacity row for ${onDefaults.join("; ")}: the policy's default places are used.`);
  const sites = cohort.entries.map((entry) => entry.site);
  for (const row of unmatchedCapacityRows(capacity.rows, sites, cohort.bySite))
    notes.push(
      cohort.bySite
        ? `Capacity row ${row.address} (${row.programmeCode} at "${row.site}") matches no site of the cohort: not used.`
        : `Capacity row ${row.address} (${row.programmeCode} at "${row.site}") is not used: the cohort has no Site column.`,
    );
  for (const [stamp, count] of Object.entries(cohort.otherStamps))
    notes.push(
      `${count} row${count === 1 ? " was" : "s were"} routed with ${stamp}, not ${policy.stamp}: route again.`,
    );
  if (cohort.unknownProgrammeCells.length > 0)
    notes.push(
      `Left out: the Programme cell of ${cohort.unknownProgrammeCells.length} row(s) names no programme of ` +
        `${policy.stamp} (first: ${cohort.unknownProgrammeCells[0]}).`,
    );
  const rows = summary.rows.map(toRowView);
  return {
    headline: describeHeadline(rows),
    heading: `${cohort.location.sheetName}, as of ${formatDay(asOf)} (${policy.stamp})`,
    rows,
    notes,
    problems: capacity.problems.map((p) => p.message),
    quality: [
      ...describeDataQuality(cohort.outcomes, policy),
      ...describeOutsideSettingLine(cohort.outsideSetting, policy),
    ],
    hasCapacitySource: capacity.kind !== "none",
  };
}

/** e.g. `4 of 16 over capacity (red), 1 near it (amber). 62 people may be released before finishing.` */
export function describeHeadline(rows: readonly SummaryRowView[]): string {
  if (rows.length === 0) return "Nobody is waiting for a place.";
  const count = (rag: Rag) => rows.filter((row) => row.rag === rag).length;
  const atRisk = rows.reduce((sum, row) => sum + row.atRisk, 0);
  const where = rows.some((row) => row.site !== "") ? "programme sites" : "programmes";
  const people = atRisk === 1 ? "1 person" : `${atRisk.toLocaleString("en-GB")} people`;
  return (
    `${count("red")} of ${rows.length} ${where} over capacity (red), ${count("amber")} near it (amber). ` +
    `${people} may be released before finishing.`
  );
}
