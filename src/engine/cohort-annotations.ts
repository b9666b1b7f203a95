import type { ParsedRow } from "../parsing";
import type { Policy } from "../policies";
import type { Decision } from "./decision";
import { IdTally } from "./id-tally";

/**
 * Cohort-wide work in three phases, one shape for the whole-cohort, chunked and streamed forms: a pass over light
 * keys (each row's ID, trimmed, case ignored), per-row routing, then each row's annotation applied to its decision
 * (V-3's duplicate ID and the run's notes; rendered by the presenter).
 */
export interface IdCounter {
  /** Phase 1: counts the row's ID; gives its entry (-1 for a row without one) for `rowsWith`. */
  add(row: ParsedRow): number;
  /** How many rows hold the entry's ID (0 for -1). */
  rowsWith(entry: number): number;
  /** The IDs on more than one row (by their keys, see idKeyOf), with their number of rows. */
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

/** `expectedRows`: about how many rows will be counted, when known (the tally is sized for them). */
export function createIdCounter(policy: Policy, expectedRows?: number): IdCounter {
  const idSlot = policy.fields.findIndex((field) => field.name === policy.data.roles.id);
  const tally = new IdTally(expectedRows);
  let repeats = 0;
  return {
    add(row) {
      const id = idSlot < 0 || row.blank ? null : row.slots[idSlot];
      if (typeof id !== "string") return -1;
      const entry = tally.add(id);
      if (entry >= 0 && tally.rowsOf(entry) === 2) repeats++;
      return entry;
    },
    rowsWith: (entry) => (entry < 0 ? 0 : tally.rowsOf(entry)),
    duplicates: () => (repeats === 0 ? new Map() : tally.repeated()),
  };
}

/** Phase 3: a row's decision with its annotations. Shared (frozen) decisions stay shared when only notes apply. */
export type Annotate = (decision: Decision, row: ParsedRow, rowsWithId?: number) => Decision;

/**
 * The annotation of the cohort's rows: V-3 flags each row whose ID is one of the `duplicates`, whatever its status;
 * the `notes` follow the reasons of every routed (not blank) row. `rowsWithId` is how many rows hold the row's ID,
 * when phase 1 counted them (IdCounter.rowsWith); otherwise the row's ID is looked up in `duplicates`.
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
  const rowsWithIdOf = (row: ParsedRow): number => {
    const key = duplicates.size === 0 ? undefined : idKeyOf(policy, row);
    return key === undefined ? 0 : (duplicates.get(key) ?? 1);
  };
  return (decision, row, count = rowsWithIdOf(row)) => {
    if (count < 2) return withNotes(decision);
    const flags = [...decision.flags, data.validation.duplicateFlag].sort(
      (a, b) => (flagOrder.get(a) ?? 0) - (flagOrder.get(b) ?? 0),
    );
    const id = String(row.values[idField]);
    return notes.length === 0 || decision.kind === "blank"
      ? { ...decision, flags, duplicate: { id, count } }
      : { ...decision, flags, duplicate: { id, count }, notes };
  };
}
