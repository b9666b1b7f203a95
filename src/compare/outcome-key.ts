import type { Decision } from "../engine";

/** A row was blank: both policies give it blank outputs (blankness depends only on the cells). */
export function isBlankResult(decision: Decision): boolean {
  return decision.kind === "blank";
}

/**
 * `yes` when (Programme, Status, Dosage tier) differ between the two routings, `no` when not, blank on a blank row.
 * Two policies are matched by programme codes and status keys, never by their words.
 */
export function changedCell(from: Decision, to: Decision): string {
  if (isBlankResult(from) && isBlankResult(to)) return "";
  const same = from.programme === to.programme && from.status === to.status && from.tier === to.tier;
  return same ? "no" : "yes";
}
