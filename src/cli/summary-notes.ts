import {
  CapacityRow,
  CapacitySummary,
  describeDefaultCapacity,
  describeOutsideSetting,
  rowsOutsideSetting,
  unmatchedCapacityRows,
} from "../engine/capacity";
import type { Policy } from "../policies";
import type { Routed } from "./route-cohort-file";

export interface SummaryNotes {
  /** Capacity rows that are never used: on stderr as warnings. */
  warnings: string[];
  /** What the reader must know to trust the figures: printed under the table. */
  notes: string[];
}

/** Unused capacity rows, every (programme, site) on the policy's defaults, and people outside their setting. */
export function summaryNotes(
  routed: Routed,
  summary: CapacitySummary,
  capacity: { rows: readonly CapacityRow[]; sites: Iterable<string | null>; bySite: boolean },
  policy: Policy,
): SummaryNotes {
  const warnings = unmatchedCapacityRows(capacity.rows, capacity.sites, capacity.bySite).map((row) =>
    capacity.bySite
      ? `capacity row ${row.address} (${row.programmeCode} at "${row.site}") matches no site of the cohort, so it is not used`
      : `capacity row ${row.address} (${row.programmeCode} at "${row.site}") is not used: the cohort has no Site column`,
  );
  const notes: string[] = [];
  const onDefaults = describeDefaultCapacity(summary);
  if (onDefaults.length > 0)
    notes.push(`Using the policy's default capacity (no capacity row): ${onDefaults.join("; ")}`);
  const outside = rowsOutsideSetting(routed.parsedRows, routed.results, policy);
  if (outside.length > 0)
    notes.push(
      `Recommended for a programme that does not run in their setting: ${describeOutsideSetting(outside, policy)}; ` +
        "they are counted in that programme's demand",
    );
  return { warnings, notes };
}
