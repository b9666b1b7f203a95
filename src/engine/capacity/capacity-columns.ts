import { CellValue, cellText, isBlankCell, listInWords, normaliseKey } from "../../parsing";
import type { Policy } from "../../policies";

export type CapacityColumn = "programme" | "site" | "groupsPerYear" | "groupSize" | "weeks";

/** The header of each capacity column as the pre-filled table writes it. */
export const CAPACITY_HEADERS: Record<CapacityColumn, string> = {
  programme: "Programme",
  site: "Site",
  groupsPerYear: "Groups per year",
  groupSize: "Group size",
  weeks: "Weeks",
};

const OTHER_SPELLINGS: Record<CapacityColumn, string[]> = {
  programme: ["Programme code", "Program"],
  site: [],
  groupsPerYear: ["Groups a year"],
  groupSize: [],
  weeks: ["Weeks per programme"],
};

const REQUIRED: CapacityColumn[] = ["programme", "groupsPerYear", "groupSize"];

export interface CapacityColumns {
  /** 0-based column of each capacity column found. */
  columns: Partial<Record<CapacityColumn, number>>;
  problems: { column: number; message: string }[];
}

function capacityHeaderLookup(policy: Policy): Map<string, CapacityColumn> {
  const siteField = policy.data.roles.site ? policy.fieldByName.get(policy.data.roles.site) : undefined;
  const lookup = new Map<string, CapacityColumn>();
  for (const column of Object.keys(CAPACITY_HEADERS) as CapacityColumn[]) {
    const extra = column === "site" ? (siteField?.headers ?? []) : [];
    for (const spelling of [CAPACITY_HEADERS[column], ...OTHER_SPELLINGS[column], ...extra]) {
      lookup.set(normaliseKey(spelling), column);
    }
  }
  return lookup;
}

const HEADER_SCAN_ROWS = 20;

/**
 * The index of the capacity table's header row, found as the cohort's is: among the first 20 rows, the one naming
 * the most capacity columns (at least two, one of them Programme), so a title row may sit above it; 0 when none does.
 */
export function findCapacityHeaderRow(rows: readonly (readonly CellValue[])[], policy: Policy): number {
  const lookup = capacityHeaderLookup(policy);
  let best = 0;
  let bestCount = 1;
  rows.slice(0, HEADER_SCAN_ROWS).forEach((row, index) => {
    const found = new Set(row.map((cell) => lookup.get(normaliseKey(cellText(cell)))).filter(Boolean));
    if (found.has("programme") && found.size > bestCount) {
      best = index;
      bestCount = found.size;
    }
  });
  return best;
}

/** Finds the capacity columns in a header row; the Site column also accepts the policy's site-field headers. */
export function findCapacityColumns(headerRow: readonly CellValue[], policy: Policy): CapacityColumns {
  const lookup = capacityHeaderLookup(policy);
  const columns: CapacityColumns["columns"] = {};
  const problems: CapacityColumns["problems"] = [];
  headerRow.forEach((cell, index) => {
    if (isBlankCell(cell)) return;
    const column = lookup.get(normaliseKey(cellText(cell)));
    if (column === undefined) return;
    const earlier = columns[column];
    if (earlier === undefined) columns[column] = index;
    else problems.push({ column: index, message: `a second ${CAPACITY_HEADERS[column]} column "${cellText(cell)}"` });
  });
  const missing = REQUIRED.filter((column) => columns[column] === undefined).map((c) => `"${CAPACITY_HEADERS[c]}"`);
  if (missing.length > 0) {
    const noun = missing.length > 1 ? "columns" : "column";
    problems.push({
      column: 0,
      message: `the capacity table has no ${listInWords(missing)} ${noun} in its header row`,
    });
  }
  return { columns, problems };
}
