import type { Policy } from "../policies";

const statusKeysByPolicy = new WeakMap<Policy, Map<string, string>>();

/**
 * The policy's key of a status text (`Not eligible` → `notEligible`); "" (a blank row) has none. Counts, colours and
 * comparisons go by keys, never by the words a policy shows.
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

/** Routed rows by status key, in the order the statuses first appear; blank rows are not counted. */
export function countStatuses(results: readonly { status: string }[], policy: Policy): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status } of results) {
    const key = statusKeyOf(policy, status);
    if (key !== null) counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
