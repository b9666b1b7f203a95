import { normaliseKey } from "../../parsing";
import type { ProgrammeDefinition } from "../../policies";
import type { CapacityRow } from "./capacity-table";

/** Where a (programme, site)'s capacity came from. */
export type CapacitySource = "site row" | "all-sites row" | "policy default";

export interface ProgrammeCapacity {
  groupsPerYear: number;
  groupSize: number;
  /** Weeks for a tier: the capacity row's Weeks for every tier, else the programme table's. */
  weeksFor(tier: string): number;
  source: CapacitySource;
  /** The capacity row's Weeks, or null when the programme table's weeks per tier apply. */
  rowWeeks: number | null;
}

/** The row with this site, else the row with a blank site, else the programme table's defaults. */
export function findCapacity(
  programme: ProgrammeDefinition,
  site: string,
  capacity: readonly CapacityRow[],
): ProgrammeCapacity {
  const rows = capacity.filter((row) => row.programmeCode === programme.code);
  const siteKey = normaliseKey(site);
  const siteRow = siteKey === "" ? undefined : rows.find((row) => normaliseKey(row.site) === siteKey);
  const allSitesRow = rows.find((row) => normaliseKey(row.site) === "");
  const row = siteRow ?? allSitesRow;
  const programmeWeeks = (tier: string): number => {
    const weeks = programme.weeks[tier];
    if (weeks === undefined) throw new RangeError(`programme ${programme.code} has no weeks for tier "${tier}"`);
    return weeks;
  };
  if (!row) {
    return {
      groupsPerYear: programme.groupsPerYear,
      groupSize: programme.groupSize,
      weeksFor: programmeWeeks,
      source: "policy default",
      rowWeeks: null,
    };
  }
  const { weeks } = row;
  return {
    groupsPerYear: row.groupsPerYear,
    groupSize: row.groupSize,
    weeksFor: weeks === null ? programmeWeeks : () => weeks,
    source: row === siteRow ? "site row" : "all-sites row",
    rowWeeks: weeks,
  };
}
