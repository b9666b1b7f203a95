import type { FieldValue, ParsedRow } from "../parsing";
import type { FieldReading } from "./decision-inputs";

/** What a probe computes from a field's value (a test's outcome, a rendered text, the value itself). */
export type ValueRead = (value: FieldValue) => unknown;

/** A comparison of a number with bounds (what a compiled `compare` or release-date test makes). */
export interface Comparison {
  lt?: number;
  lte?: number;
  gt?: number;
  gte?: number;
}

/** What a test asks of a value, when it is one of the shapes a trie asks without calling the test. */
export type TestShape =
  | ({ kind: "compare" } & Comparison)
  | { kind: "equals"; value: FieldValue }
  | { kind: "oneOf"; values: ReadonlySet<FieldValue> }
  | { kind: "holdsAny"; items: readonly string[] };

/** The shapes of the compiled tests that have one (compile-condition says; a test without one is called). */
export const TEST_SHAPES = new WeakMap<ValueRead, TestShape>();

/** How a trie node works a probe's outcome out: the value itself, one of the test shapes, or a call of the read. */
export const ProbeKind = { Value: 0, Compare: 1, Equals: 2, OneOf: 3, HoldsAny: 4, Call: 5 } as const;
export type ProbeKind = (typeof ProbeKind)[keyof typeof ProbeKind];

/**
 * One thing a pass looked at: a read of one field of the row (`field`), or of the row itself (`field` null: which
 * columns the file lacks). Probes are interned (see ProbeTable), so two passes making the same test share one.
 */
export interface Probe extends Comparison {
  readonly field: string | null;
  /** The field's position in the row's `slots` (-1 for a read of the row itself). */
  readonly slot: number;
  readonly read: (input: never) => unknown;
  readonly kind: ProbeKind;
  readonly value?: FieldValue;
  readonly values?: ReadonlySet<FieldValue>;
  readonly items?: readonly string[];
}

export interface Observation {
  probe: Probe;
  outcome: unknown;
}

/** The interned probes of one memory: the same (field, read) is always the same probe. */
export class ProbeTable {
  private readonly byField = new Map<string | null, Map<unknown, Probe>>();

  constructor(private readonly reading: Pick<FieldReading, "lists" | "slotOf">) {}

  probe(field: string | null, read: (input: never) => unknown): Probe {
    let byRead = this.byField.get(field);
    if (byRead === undefined) this.byField.set(field, (byRead = new Map()));
    let probe = byRead.get(read);
    if (probe === undefined) byRead.set(read, (probe = this.make(field, read)));
    return probe;
  }

  private make(field: string | null, read: (input: never) => unknown): Probe {
    const slot = field === null ? -1 : (this.reading.slotOf.get(field) ?? -1);
    if (field !== null && slot < 0) throw new Error(`the policy has no field "${field}"`);
    const shape = field === null ? undefined : TEST_SHAPES.get(read as ValueRead);
    if (shape?.kind === "compare") {
      const { lt, lte, gt, gte } = shape;
      return { field, slot, read, kind: ProbeKind.Compare, lt, lte, gt, gte };
    }
    if (shape?.kind === "equals") return { field, slot, read, kind: ProbeKind.Equals, value: shape.value };
    if (shape?.kind === "oneOf") return { field, slot, read, kind: ProbeKind.OneOf, values: shape.values };
    if (shape?.kind === "holdsAny") return { field, slot, read, kind: ProbeKind.HoldsAny, items: shape.items };
    if (field !== null && this.reading.lists.has(field))
      return { field, slot, read: rememberByList(read), kind: ProbeKind.Call };
    return { field, slot, read, kind: read === EXACT && field !== null ? ProbeKind.Value : ProbeKind.Call };
  }
}

/**
 * A read of a list field, answered once per list: rows whose cells spell a list alike share one parsed list, and
 * the read (a key or a rendered text) costs far more than a look-up. Lists are never changed once parsed.
 */
function rememberByList(read: (input: never) => unknown): (list: readonly string[]) => unknown {
  const answers = new WeakMap<readonly string[], unknown>();
  const readList = read as (list: readonly string[]) => unknown;
  return (list) => {
    if (!Array.isArray(list)) return readList(list);
    const known = answers.get(list);
    if (known !== undefined || answers.has(list)) return known;
    const answer = readList(list);
    answers.set(list, answer);
    return answer;
  };
}

const lacking = new Map<string, (row: ParsedRow) => boolean>();

/** Whether the row's file has no column for the field: one function per field, shared by every router. */
export function lacksColumn(field: string): (row: ParsedRow) => boolean {
  let read = lacking.get(field);
  if (read === undefined) lacking.set(field, (read = (row) => row.columnless?.has(field) === true));
  return read;
}

/** An exact read: the value itself (a list as one string, so outcomes compare with ===). */
export const EXACT: ValueRead = (value) => (Array.isArray(value) ? listKey(value) : value);

/**
 * Records what one routing pass reads of a row, in order. Compiled tests report their outcomes through `test`;
 * every other read of the row's values (a role, a setting, a band a reason shows) goes through the `values` proxy
 * and is recorded as an exact read: an unforeseen read makes the memory finer, never wrong. A read answered by a
 * layer over the row (V-2's substituted blanks, derived fields) is not the row's and is not recorded: what that layer
 * holds follows from what was recorded before it.
 */
export class PassRecorder {
  readonly observations: Observation[] = [];
  readonly values: Record<string, FieldValue>;
  private readonly seen = new Set<Probe>();
  private readonly exactFields = new Set<string>();
  private reached = false;

  constructor(
    private readonly row: ParsedRow,
    private readonly probes: ProbeTable,
    private readonly reading: FieldReading,
  ) {
    this.values = new Proxy(row.values, {
      get: (target, name, receiver) => {
        const value: FieldValue = Reflect.get(target, name, receiver);
        if (typeof name === "string") this.observe(name, EXACT, EXACT(value));
        return value;
      },
    });
  }

  /** A test (or render) of one field of `values` (the row's, or a layer over them); records it when it reads the row. */
  test<T>(values: Record<string, FieldValue>, field: string, read: (value: FieldValue) => T): T {
    const value = this.quietly(values, field);
    const outcome = read(value);
    if (!this.reached) return outcome;
    if (this.reading.byValue.has(field)) this.observe(field, EXACT, value);
    else this.observe(field, read, outcome);
    return outcome;
  }

  /** Whether a reason shows this field's value with a marker: a per-row field, read from the row. */
  marks(values: Record<string, FieldValue>, field: string): boolean {
    if (!this.reading.filledPerRow.has(field)) return false;
    this.quietly(values, field);
    return this.reached;
  }

  /** A test of the row beyond its values (e.g. which columns the file lacks). */
  testRow(read: (row: ParsedRow) => boolean): boolean {
    const outcome = read(this.row);
    const probe = this.probes.probe(null, read);
    if (!this.seen.has(probe)) {
      this.seen.add(probe);
      this.observations.push({ probe, outcome });
    }
    return outcome;
  }

  /**
   * The field's value as `values` gives it, and (in `reached`) whether the row gave it: a layer answers with its own
   * property, and only past the layers does the row. The layers are walked here rather than read through the proxy,
   * whose trap costs far more than a look at each layer (a pass makes dozens of these reads).
   */
  private quietly(values: Record<string, FieldValue>, field: string): FieldValue {
    for (let layer: object | null = values; layer !== null; layer = Object.getPrototypeOf(layer)) {
      if (layer === this.values) {
        this.reached = true;
        return this.row.values[field];
      }
      if (Object.hasOwn(layer, field)) break;
    }
    this.reached = false;
    return values[field];
  }

  private observe(field: string, read: ValueRead, outcome: unknown): void {
    // once the value itself is known, every test of it follows; a test made twice gives what it gave the first time
    if (this.exactFields.has(field)) return;
    const probe = this.probes.probe(field, read);
    if (this.seen.has(probe)) return;
    this.seen.add(probe);
    if (read === EXACT) this.exactFields.add(field);
    this.observations.push({ probe, outcome });
  }
}

/** A list as one string: each item length-prefixed, so no two lists share one (a list field only ever holds lists). */
function listKey(list: readonly string[]): string {
  if (list.length === 0) return "[]";
  let key = "[";
  for (let i = 0; i < list.length; i++) key += `${list[i].length}:${list[i]}`;
  return `${key}]`;
}
