import type { ParsedRow } from "../../parsing";
import type { Policy } from "../../policies";
import type { Outcome } from "../decision";
import { statusLabel } from "../present-decision";

/** One routed person, as the capacity summary needs them. */
export interface CapacityEntry {
  programmeCode: string | null;
  /** The status in the policy's words (the capacity summary's input format; hand-built entries in tests use it). */
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
 * Pairs each parsed row with its decision (same index) and reads the site and release fields named by the policy. An
 * Overridden row is queued exactly like a Recommended one, under its override programme (overrides spec section 1),
 * so its entry carries the Recommended status.
 */
export function capacityEntriesFrom(
  rows: readonly ParsedRow[],
  outcomes: readonly Outcome[],
  policy: Policy,
): CapacityEntry[] {
  if (rows.length !== outcomes.length) {
    throw new RangeError(`${rows.length} parsed rows but ${outcomes.length} routing results`);
  }
  const { site: siteField, release: releaseField } = policy.data.roles;
  return outcomes.map((outcome, order) => {
    const values = rows[order].values;
    const site = siteField ? values[siteField] : null;
    const release = releaseField ? values[releaseField] : null;
    return {
      programmeCode: outcome.programme,
      status: statusLabel(policy, outcome.status === "overridden" ? "recommended" : outcome.status),
      tier: outcome.tier,
      site: typeof site === "string" && site.trim() !== "" ? site.trim() : null,
      release: typeof release === "number" ? release : null,
      order,
    };
  });
}
