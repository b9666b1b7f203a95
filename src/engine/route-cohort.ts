import { ParsedRow, quoteForMessage } from "../parsing";
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
  const firstRowOf = new Map<string, number>();
  const keys: (string | undefined)[] = new Array(rows.length);
  const counts = new Map<string, number>();
  for (let index = 0; index < rows.length; index++) {
    const id = rows[index].blank ? null : rows[index].values[idField];
    if (typeof id !== "string") continue;
    const key = id.trim().toLowerCase();
    if (key === "") continue;
    keys[index] = key;
    if (!firstRowOf.has(key)) firstRowOf.set(key, index);
    else counts.set(key, (counts.get(key) ?? 1) + 1);
  }
  if (counts.size === 0) return;
  const flag = data.validation.duplicateFlag;
  for (let index = 0; index < rows.length; index++) {
    const key = keys[index];
    const count = key === undefined ? undefined : counts.get(key);
    if (count === undefined) continue;
    const result = results[index];
    const flags = [...result.flags, flag].sort((a, b) => (flagOrder.get(a) ?? 0) - (flagOrder.get(b) ?? 0));
    // quoted and shortened: a duplicated 40,000-character ID must not make a reason over Excel's cell limit
    const id = quoteForMessage(String(rows[index].values[idField]));
    const line = `${data.validation.duplicateRule}: ID ${id} appears on ${count} rows`;
    results[index] = { ...result, flags, reasons: [...result.reasons, line] };
  }
}
