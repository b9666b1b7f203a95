import type { Policy } from "../policies";
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
  const { policy } = router;
  // each ID is trimmed and lower-cased once, for counting and flagging both
  const keys: (string | undefined)[] = new Array(rows.length);
  const counts = new Map<string, number>();
  let repeated = false;
  for (let index = 0; index < rows.length; index++) {
    const key = (keys[index] = idKey(policy, rows[index]));
    if (key === undefined) continue;
    const count = counts.get(key);
    if (count === undefined) counts.set(key, 1);
    else {
      counts.set(key, count + 1);
      repeated = true;
    }
  }
  if (!repeated) return;
  for (let index = 0; index < rows.length; index++) {
    const key = keys[index];
    const count = key === undefined ? 1 : (counts.get(key) as number);
    if (count > 1) results[index] = flagged(policy, rows[index], results[index], count);
  }
}

/** The key V-3 compares IDs by, or undefined for a row without one. */
function idKey(policy: Policy, row: ParsedRow): string | undefined {
  const idField = policy.data.roles.id;
  const id = !idField || row.blank ? null : row.values[idField];
  if (typeof id !== "string") return undefined;
  const key = id.trim().toLowerCase();
  return key === "" ? undefined : key;
}

/** Counts the IDs of a cohort's rows, one row at a time (a streamed file is read once for its IDs first). */
export function createIdCounter(policy: Policy): { add(row: ParsedRow): void; duplicates(): Map<string, number> } {
  const counts = new Map<string, number>();
  return {
    add(row) {
      const key = idKey(policy, row);
      if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
    },
    /** The IDs on more than one row, with their number of rows. */
    duplicates() {
      const repeated = new Map<string, number>();
      for (const [key, count] of counts) if (count > 1) repeated.set(key, count);
      return repeated;
    },
  };
}

/** The row's result, with the V-3 flag and line when its ID is one of the duplicates. */
export function withDuplicateFlag(
  policy: Policy,
  row: ParsedRow,
  result: RouteResult,
  duplicates: ReadonlyMap<string, number>,
): RouteResult {
  if (duplicates.size === 0) return result;
  const key = idKey(policy, row);
  const count = key === undefined ? undefined : duplicates.get(key);
  return count === undefined ? result : flagged(policy, row, result, count);
}

function flagged(policy: Policy, row: ParsedRow, result: RouteResult, count: number): RouteResult {
  const { data, flagOrder } = policy;
  const flags = [...result.flags, data.validation.duplicateFlag].sort(
    (a, b) => (flagOrder.get(a) ?? 0) - (flagOrder.get(b) ?? 0),
  );
  // quoted and shortened: a duplicated 40,000-character ID must not make a reason over Excel's cell limit
  const id = quoteForMessage(String(row.values[data.roles.id as string]));
  const line = `${data.validation.duplicateRule}: ID ${id} appears on ${count} rows`;
  return { ...result, flags, reasons: [...result.reasons, line] };
}
