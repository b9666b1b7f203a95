import type { ParsedRow } from "../parsing";
import type { Policy } from "../policies";
import type { Decision } from "./decision";

/**
 * Cohort-wide work in three phases, one shape for the whole-cohort, chunked and streamed forms: a pass over light
 * keys (each row's ID, trimmed, case ignored), per-row routing, then each row's annotation applied to its decision
 * (V-3's duplicate ID and the run's notes; rendered by the presenter).
 */
export interface IdCounter {
  /** Phase 1: counts the row's ID and gives its key (undefined for a row without one). */
  add(row: ParsedRow): string | undefined;
  /** The IDs on more than one row, with their number of rows. */
  duplicates(): Map<string, number>;
}

/** The key V-3 compares IDs by, or undefined for a row without one. */
export function idKeyOf(policy: Policy, row: ParsedRow): string | undefined {
  const idField = policy.data.roles.id;
  const id = !idField || row.blank ? null : row.values[idField];
  if (typeof id !== "string") return undefined;
  const key = id.trim().toLowerCase();
  return key === "" ? undefined : key;
}

export function createIdCounter(policy: Policy): IdCounter {
  const counts = new Map<string, number>();
  return {
    add(row) {
      const key = idKeyOf(policy, row);
      if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
      return key;
    },
    duplicates() {
      const repeated = new Map<string, number>();
      for (const [key, count] of counts) if (count > 1) repeated.set(key, count);
      return repeated;
    },
  };
}

/** Phase 3: a row's decision with its annotations. Shared (frozen) decisions stay shared when only notes apply. */
export type Annotate = (decision: Decision, row: ParsedRow, key?: string) => Decision;

/**
 * The annotation of the cohort's rows: V-3 flags each row whose ID is one of the `duplicates`, whatever its status;
 * the `notes` follow the reasons of every routed (not blank) row. `key` is the row's phase-1 key when known.
 */
export function createAnnotator(
  policy: Policy,
  duplicates: ReadonlyMap<string, number>,
  notes: readonly string[] = [],
): Annotate {
  const { data, flagOrder } = policy;
  const idField = data.roles.id as string;
  const noted = new WeakMap<Decision, Decision>();
  const withNotes = (decision: Decision): Decision => {
    if (notes.length === 0 || decision.kind === "blank") return decision;
    if (!Object.isFrozen(decision)) return { ...decision, notes };
    let shared = noted.get(decision);
    if (shared === undefined) noted.set(decision, (shared = Object.freeze({ ...decision, notes })));
    return shared;
  };
  return (decision, row, key = duplicates.size === 0 ? undefined : idKeyOf(policy, row)) => {
    const count = key === undefined ? undefined : duplicates.get(key);
    if (count === undefined) return withNotes(decision);
    const flags = [...decision.flags, data.validation.duplicateFlag].sort(
      (a, b) => (flagOrder.get(a) ?? 0) - (flagOrder.get(b) ?? 0),
    );
    const id = String(row.values[idField]);
    return notes.length === 0 || decision.kind === "blank"
      ? { ...decision, flags, duplicate: { id, count } }
      : { ...decision, flags, duplicate: { id, count }, notes };
  };
}
