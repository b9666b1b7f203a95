import { normaliseKey } from "../../parsing";
import type { ParsedRow } from "../../parsing";
import type { Policy } from "../../policies";
import type { Outcome } from "../decision";
import type { CapacitySummary } from "./capacity-summary";
import type { CapacityRow } from "./capacity-table";

/**
 * Capacity rows for a site no person in the cohort is at (a typo such as `HMP Wattton`, or a site column in the
 * capacity table when the cohort has none): such rows are never used, which the reader must be told.
 */
export function unmatchedCapacityRows(
  capacity: readonly CapacityRow[],
  cohortSites: Iterable<string | null>,
  bySite: boolean,
): CapacityRow[] {
  const sites = new Set<string>();
  for (const site of cohortSites) if (site) sites.add(normaliseKey(site));
  return capacity.filter((row) => row.site !== "" && (!bySite || !sites.has(normaliseKey(row.site))));
}

/** Each (programme, site) of the summary that used the policy's default capacity: `High Intensity at HMP Usk`. */
export function describeDefaultCapacity(summary: CapacitySummary): string[] {
  return summary.rows
    .filter((row) => row.capacitySource === "policy default")
    .map((row) => (row.site === "" ? row.programme : `${row.programme} at ${row.site}`));
}

export interface OutsideSetting {
  programmeCode: string;
  setting: string;
  count: number;
}

/**
 * Recommended or Deferred rows whose programme does not run in their setting (the programme table's settings), per
 * programme and setting in policy order: they still count in that programme's demand.
 */
export function rowsOutsideSetting(
  rows: readonly ParsedRow[],
  outcomes: readonly Pick<Outcome, "programme" | "status">[],
  policy: Policy,
): OutsideSetting[] {
  const settingField = policy.data.roles.setting;
  if (!settingField) return [];
  const counts = new Map<string, OutsideSetting>();
  outcomes.forEach((outcome, index) => {
    if (outcome.programme === null || (outcome.status !== "recommended" && outcome.status !== "deferred")) return;
    const programme = policy.programmeByCode.get(outcome.programme);
    const setting = rows[index]?.values[settingField];
    if (!programme || typeof setting !== "string" || programme.settings.includes(setting)) return;
    const key = `${programme.code}|${setting}`;
    const entry = counts.get(key) ?? { programmeCode: programme.code, setting, count: 0 };
    entry.count++;
    counts.set(key, entry);
  });
  const order = new Map(policy.data.programmes.map((p, i) => [p.code, i]));
  return [...counts.values()].sort((a, b) => (order.get(a.programmeCode) ?? 0) - (order.get(b.programmeCode) ?? 0));
}

/** `2 people (High Intensity in the community setting 2)`, for a sentence about rowsOutsideSetting. */
export function describeOutsideSetting(outside: readonly OutsideSetting[], policy: Policy): string {
  const total = outside.reduce((sum, o) => sum + o.count, 0);
  const field = policy.fieldByName.get(policy.data.roles.setting ?? "");
  const settingScale = (field && "scale" in field ? policy.scales.get(field.scale) : undefined) ?? [];
  const parts = outside.map((o) => {
    const name = policy.programmeByCode.get(o.programmeCode)?.name ?? o.programmeCode;
    const setting = settingScale.find((v) => v.key === o.setting)?.label.toLowerCase() ?? o.setting;
    return `${name} in the ${setting} setting ${o.count}`;
  });
  return `${total === 1 ? "1 person" : `${total} people`} (${parts.join(", ")})`;
}
