import { CellValue, normaliseKey } from "../../parsing";
import type { Policy } from "../../policies";
import { parseCellAddress } from "./cell-address";
import { findCapacityColumns } from "./capacity-columns";
import { CapacityRow, parseCapacityTable } from "./capacity-table";
import { findCapacity } from "./find-capacity";
import { CapacityFigures, summaryRowKey } from "./what-if";

/** New figures for one summary row (programme and site as the summary shows them). */
export interface CapacityChange extends CapacityFigures {
  programmeCode: string;
  site: string;
}

export interface CapacitySaveRequest {
  /** The capacity table's cells as read, header row first. */
  cells: readonly (readonly CellValue[])[];
  changes: readonly CapacityChange[];
  /** Every (programme, site) of the summary, so rows that must keep their figures can be given their own row. */
  summaryRows: readonly { programmeCode: string; site: string }[];
  bySite: boolean;
}

export interface CapacitySavePlan {
  /** Cells of existing rows to overwrite, 0-based within `cells`. */
  writes: { row: number; column: number; value: number }[];
  /** Rows to add below the table, as wide as its header row. */
  newRows: (string | number)[][];
  /** Why nothing can be saved; empty when the plan can be carried out. */
  problems: string[];
}

/**
 * Which capacity cells to change so the summary shows the chosen figures, and nothing else changes. A row with a site
 * gets its own site row (added when missing, taking the all-sites row's Weeks). A row without a site changes the
 * all-sites row; other sites of the programme that relied on it (or on the policy's defaults) first get their own row
 * with their current figures.
 */
export function planCapacitySave(request: CapacitySaveRequest, policy: Policy): CapacitySavePlan {
  const { cells, changes, summaryRows, bySite } = request;
  const table = parseCapacityTable(cells, policy);
  const plan: CapacitySavePlan = { writes: [], newRows: [], problems: table.problems.map((p) => p.message) };
  if (plan.problems.length > 0) return plan;
  const { columns } = findCapacityColumns(cells[0] ?? [], policy);
  const width = cells[0]?.length ?? 0;
  const rowOf = (code: string, site: string) =>
    table.rows.find((row) => row.programmeCode === code && normaliseKey(row.site) === normaliseKey(site));
  const setFigures = (row: CapacityRow, figures: CapacityFigures) => {
    const at = parseCellAddress(row.address).row;
    plan.writes.push({ row: at, column: columns.groupsPerYear as number, value: figures.groupsPerYear });
    plan.writes.push({ row: at, column: columns.groupSize as number, value: figures.groupSize });
  };
  const addRow = (code: string, site: string, figures: CapacityFigures, weeks: number | null) => {
    if (site !== "" && columns.site === undefined) {
      const problem = "The capacity table has no Site column: add one to save figures for a site.";
      if (!plan.problems.includes(problem)) plan.problems.push(problem);
      return;
    }
    const row: (string | number)[] = Array.from({ length: width }, () => "");
    row[columns.programme as number] = policy.programmeByCode.get(code)?.name ?? code;
    if (columns.site !== undefined) row[columns.site] = site;
    row[columns.groupsPerYear as number] = figures.groupsPerYear;
    row[columns.groupSize as number] = figures.groupSize;
    if (columns.weeks !== undefined && weeks !== null) row[columns.weeks] = weeks;
    plan.newRows.push(row);
  };

  const changed = new Set(changes.map((change) => summaryRowKey(change.programmeCode, change.site)));
  for (const change of changes) {
    const programme = policy.programmeByCode.get(change.programmeCode);
    if (!programme) throw new RangeError(`unknown programme code "${change.programmeCode}"`);
    const allSites = rowOf(programme.code, "");
    if (bySite && change.site !== "") {
      const siteRow = rowOf(programme.code, change.site);
      if (siteRow) setFigures(siteRow, change);
      else addRow(programme.code, change.site, change, allSites?.weeks ?? null);
      continue;
    }
    if (bySite) {
      for (const other of summaryRows) {
        if (other.programmeCode !== programme.code || other.site === "") continue;
        if (changed.has(summaryRowKey(other.programmeCode, other.site)) || rowOf(programme.code, other.site)) continue;
        const current = findCapacity(programme, other.site, table.rows);
        addRow(programme.code, other.site, current, current.rowWeeks);
      }
    }
    if (allSites) setFigures(allSites, change);
    else addRow(programme.code, "", change, null);
  }
  return plan;
}
