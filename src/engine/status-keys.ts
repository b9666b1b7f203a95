import type { Policy } from "../policies";

const statusKeysByPolicy = new WeakMap<Policy, Map<string, string>>();

/**
 * The policy's key of a status text (`Not eligible` → `notEligible`); "" (a blank row) has none. Only for statuses
 * read back from a sheet: a Decision holds its status key.
 */
export function statusKeyOf(policy: Policy, status: string): string | null {
  if (status === "") return null;
  let keys = statusKeysByPolicy.get(policy);
  if (!keys) {
    keys = new Map(Object.entries(policy.data.statuses).map(([key, label]) => [label, key]));
    statusKeysByPolicy.set(policy, keys);
  }
  return keys.get(status) ?? status;
}

/** Routed rows by status key, in the order the statuses first appear; blank rows (status null) are not counted. */
export function countStatuses(decisions: readonly { status: string | null }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status } of decisions) if (status !== null) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}
