import type { ParsedRow } from "../parsing";
import { RouteResult, Router } from "./route-row";

/**
 * Routes every row of one cohort, then applies the across-rows rule (V-3): an ID on more than one row (trimmed,
 * case ignored) flags each of those rows, whatever their status.
 */
export function routeCohort(router: Router, rows: readonly ParsedRow[]): RouteResult[] {
  const results = rows.map((row) => router.routeRow(row));
  flagDuplicateIds(router, rows, results);
  return results;
}

export function flagDuplicateIds(router: Router, rows: readonly ParsedRow[], results: RouteResult[]): void {
  const { data, flagOrder } = router.policy;
  const idField = data.roles.id;
  if (!idField) return;
  const rowsById = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const id = row.blank ? null : row.values[idField];
    if (typeof id !== "string" || id.trim() === "") return;
    const key = id.trim().toLowerCase();
    const list = rowsById.get(key);
    if (list) list.push(index);
    else rowsById.set(key, [index]);
  });
  const flag = data.validation.duplicateFlag;
  for (const [, indexes] of rowsById) {
    if (indexes.length < 2) continue;
    for (const index of indexes) {
      const result = results[index];
      const flags = [...result.flags, flag].sort((a, b) => (flagOrder.get(a) ?? 0) - (flagOrder.get(b) ?? 0));
      const line = `${data.validation.duplicateRule}: ID "${String(rows[index].values[idField]).trim()}" appears on ${indexes.length} rows`;
      results[index] = { ...result, flags, reasons: [...result.reasons, line] };
    }
  }
}
