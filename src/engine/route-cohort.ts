import type { ParsedRow } from "../parsing";
import { createAnnotator, createIdCounter } from "./cohort-annotations";
import type { Decision } from "./decision";
import type { Router } from "./route-row";

/**
 * Routes every row of one cohort, then applies the across-rows rule (V-3): an ID on more than one row (trimmed,
 * case ignored) flags each of those rows, whatever their status.
 */
export function routeCohort(router: Router, rows: readonly ParsedRow[]): Decision[] {
  const ids = createIdCounter(router.policy, rows.length);
  const entries = rows.map((row) => ids.add(row));
  const decisions = rows.map((row) => router.routeRow(row));
  const duplicates = ids.duplicates();
  if (duplicates.size === 0) return decisions;
  const annotate = createAnnotator(router.policy, duplicates);
  return decisions.map((decision, index) => annotate(decision, rows[index], ids.rowsWith(entries[index])));
}
