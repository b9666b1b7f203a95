import type { ParsedRow } from "../../parsing";
import type { Policy } from "../../policies";
import type { RouteResult } from "../route-row";

/** One routed person, as the capacity summary needs them. */
export interface CapacityEntry {
  programmeCode: string | null;
  status: string;
  /** Dosage tier, e.g. `High`. */
  tier: string;
  /** The person's site, or null when blank. */
  site: string | null;
  /** Release date as a day number (see parsing/day-numbers), or null when blank. */
  release: number | null;
  /** Input order, which breaks ties and places people without a release date. */
  order: number;
}

/**
 * Pairs each parsed row with its routing (same index) and reads the site and release fields named by the policy. An
 * Overridden row is queued exactly like a Recommended one, under its override programme (overrides spec section 1),
 * so its entry carries the Recommended status.
 */
export function capacityEntriesFrom(
  rows: readonly ParsedRow[],
  results: readonly RouteResult[],
  policy: Policy,
): CapacityEntry[] {
  if (rows.length !== results.length) {
    throw new RangeError(`${rows.length} parsed rows but ${results.length} routing results`);
  }
  const { site: siteField, release: releaseField } = policy.data.roles;
  const { overridden, recommended } = policy.data.statuses;
  return results.map((result, order) => {
    const values = rows[order].values;
    const site = siteField ? values[siteField] : null;
    const release = releaseField ? values[releaseField] : null;
    return {
      programmeCode: result.programmeCode,
      status: overridden !== undefined && result.status === overridden ? recommended : result.status,
      tier: result.tier,
      site: typeof site === "string" && site.trim() !== "" ? site.trim() : null,
      release: typeof release === "number" ? release : null,
      order,
    };
  });
}
