import type { Policy } from "../policies";

/** How the cache treats what a pass reads of each field (see record-pass); it never decides what is correct. */
export interface FieldReading {
  /**
   * Numbers and dates (an age, an IQ, a release date) a reason line shows: too many values to tell paths apart by,
   * so their lines are remembered with a marker and filled in per row (fill-markers), not recorded as reads.
   */
  filledPerRow: ReadonlySet<string>;
  /**
   * Fields holding one of two values (yes/no, a two-value choice with a default): any test of them is recorded as
   * the value itself, which tells no more rows apart than one test does, so a path reads each once however many
   * tests it makes of it. (Fields with more values keep their tests: fewer paths to learn.)
   */
  byValue: ReadonlySet<string>;
  /** Fields holding lists: an exact read of one is keyed as text. */
  lists: ReadonlySet<string>;
  /** Each field's position in a parsed row's `slots` (the policy's field order). */
  slotOf: ReadonlyMap<string, number>;
}

const FEW_VALUES = new Set(["choice", "scoreOrChoice", "derived"]);

export function fieldReading(policy: Policy): FieldReading {
  const { roles, steps } = policy.data;
  // fields most paths read whole anyway: shown by a reason, or a role read as a value
  const readWhole = new Set<string>([roles.tierSource ?? "", roles.setting ?? ""]);
  for (const rule of steps.flatMap((step) => step.rules))
    for (const [, name] of rule.reason.matchAll(/\{(\w+)\}/g)) readWhole.add(name);
  const named = (test: (field: Policy["fields"][number]) => boolean) =>
    new Set(policy.fields.flatMap((f) => (test(f) ? [f.name] : [])));
  return {
    filledPerRow: named((f) => f.kind === "number" || f.kind === "date"),
    byValue: named(
      (f) =>
        (f.kind === "yesNo" && f.default !== undefined) ||
        (f.kind === "choice" && f.default !== undefined && (policy.scales.get(f.scale)?.length ?? 3) <= 2) ||
        (FEW_VALUES.has(f.kind) && readWhole.has(f.name)),
    ),
    lists: named((f) => f.kind === "list"),
    slotOf: new Map(policy.fields.map((field, slot) => [field.name, slot])),
  };
}
