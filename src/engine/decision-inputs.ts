import type { Policy } from "../policies";

/**
 * The fields whose value a reason line shows per row rather than as part of what the cache remembers: numbers and
 * dates (an age, an IQ, a release date), which take too many values to tell paths apart by. Their lines are
 * remembered with a marker and filled in per row (fill-markers); a pass does not record them as reads. Every other
 * read of the row is recorded (see record-pass), so nothing here decides what is correct, only what is shared.
 */
export function fieldsFilledPerRow(policy: Policy): ReadonlySet<string> {
  return new Set(policy.fields.flatMap((f) => (f.kind === "number" || f.kind === "date" ? [f.name] : [])));
}
