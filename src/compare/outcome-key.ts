import type { RouteResult } from "../engine";
import type { Policy } from "../policies";

const statusKeysByPolicy = new WeakMap<Policy, Map<string, string>>();

/**
 * The policy's key of a status text (`Not eligible` → `notEligible`): two policies are matched by keys and programme
 * codes, never by the words they show.
 */
export function statusKey(policy: Policy, status: string): string {
  let keys = statusKeysByPolicy.get(policy);
  if (!keys) {
    keys = new Map(Object.entries(policy.data.statuses).map(([key, label]) => [label, key]));
    statusKeysByPolicy.set(policy, keys);
  }
  return keys.get(status) ?? status;
}

/** A row was blank: both policies give it blank outputs (blankness depends only on the cells). */
export function isBlankResult(result: RouteResult): boolean {
  return result.status === "";
}

/** `yes` when (Programme, Status, Dosage tier) differ between the two routings, `no` when not, blank on a blank row. */
export function changedCell(from: RouteResult, fromPolicy: Policy, to: RouteResult, toPolicy: Policy): string {
  if (isBlankResult(from) && isBlankResult(to)) return "";
  const same =
    from.programmeCode === to.programmeCode &&
    statusKey(fromPolicy, from.status) === statusKey(toPolicy, to.status) &&
    from.tier === to.tier;
  return same ? "no" : "yes";
}
