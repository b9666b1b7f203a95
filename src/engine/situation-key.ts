import type { Policy } from "../policies";
import type { FieldValue } from "../parsing";
import type { DecisionInputs, FieldTest } from "./decision-inputs";

/**
 * Values remembered by a row's situation: the class of each field read, packed into one number. An exact field's
 * class is its value; a tested field's class is the outcomes of its tests (blank apart). Classes are numbered in
 * order of first sight, each field in its own bits, so two situations never share a key. A row whose class does
 * not fit its field's bits has no key (it is routed afresh).
 */
export class SituationTable<T> {
  size = 0;
  private readonly fields: string[];
  private readonly classifiers: Classifier[];
  /** Classes of what the row says beyond its values (which V-2 columns the file lacks). */
  private readonly beyond = new Classifier(null, 4);
  private readonly entries = new Map<number | string, T>();
  private readonly packed: boolean;
  private lastKey: number | string | null = null;

  constructor(inputs: DecisionInputs, policy: Policy) {
    this.fields = [...inputs.exact, ...inputs.tested.map((t) => t.field)];
    this.classifiers = [
      ...inputs.exact.map((name) => new Classifier(null, bitsForValues(policy, name))),
      ...inputs.tested.map((t) => new Classifier(t.tests, Math.min(bitsFor(2 ** t.tests.length + 1), 6))),
    ];
    this.packed = this.classifiers.reduce((sum, c) => sum + c.bits, this.beyond.bits) <= 53;
  }

  /** The value remembered for these values' situation; `remember` right after stores one for that situation. */
  find(values: Record<string, FieldValue>, beyond: string): T | undefined {
    const { fields, classifiers } = this;
    const first = this.beyond.classOf(beyond);
    if (first >= this.beyond.limit) {
      this.lastKey = null;
      return undefined;
    }
    const { packed } = this;
    let key = first;
    // the text key is built only when the classes do not fit one number (no string per row otherwise)
    let text = packed ? "" : `${first},`;
    for (let i = 0; i < fields.length; i++) {
      const classifier = classifiers[i];
      const number = classifier.classOf(values[fields[i]]);
      if (number >= classifier.limit) {
        this.lastKey = null;
        return undefined;
      }
      if (packed) key = key * classifier.limit + number;
      else text += `${number},`;
    }
    this.lastKey = packed ? key : text;
    return this.entries.get(this.lastKey);
  }

  /** Stores a value for the situation `find` was last asked about (nothing when it had no key). */
  remember(value: T): void {
    if (this.lastKey === null) return;
    this.entries.set(this.lastKey, value);
    this.size++;
  }

  clear(): void {
    this.entries.clear();
    for (const classifier of this.classifiers) classifier.clear();
    this.beyond.clear();
    this.size = 0;
  }
}

function bitsFor(count: number): number {
  return Math.max(1, Math.ceil(Math.log2(count)));
}

/** Bits for an exact field's classes: its scale's values, yes/no, or blank; lists and free values get 6. */
function bitsForValues(policy: Policy, name: string): number {
  const field = policy.fieldByName.get(name);
  if (field?.kind === "yesNo") return 2;
  if (field && (field.kind === "choice" || field.kind === "derived")) {
    return bitsFor((policy.scales.get(field.scale)?.length ?? 62) + 2);
  }
  return 6;
}

const NOTHING = Symbol("nothing");

/** Distinct values whose class is found by scanning before a map takes over. */
const SCAN_LIMIT = 12;
/** Distinct values a field remembers the class of; past it, a tested field works its class out each time. */
const MAX_REMEMBERED_VALUES = 20_000;

/** Numbers each distinct value (or each distinct outcome of the tests) of one field, in order of first sight. */
class Classifier {
  readonly limit: number;
  // seeded with a placeholder so every field's array has the same (generic) element kind: one shape for the scan
  private readonly seen: unknown[] = [NOTHING];
  private readonly seenClass: number[] = [-1];
  private readonly byKey = new Map<unknown, number>();
  private readonly byOutcomes = new Map<number | null, number>();
  private classes = 0;

  constructor(
    private readonly tests: readonly FieldTest[] | null,
    readonly bits: number,
  ) {
    this.limit = 2 ** bits;
  }

  classOf(value: FieldValue): number {
    const { seen } = this;
    for (let i = 1; i < seen.length; i++) if (seen[i] === value) return this.seenClass[i];
    const key = Array.isArray(value) ? listKey(value) : value;
    let number = this.byKey.get(key);
    if (number === undefined) {
      number = this.classOfNew(value);
      if (seen.length <= SCAN_LIMIT && !Array.isArray(value)) {
        seen.push(value);
        this.seenClass.push(number);
      } else if (this.byKey.size < MAX_REMEMBERED_VALUES) this.byKey.set(key, number);
    }
    return number;
  }

  clear(): void {
    this.seen.length = 1;
    this.seenClass.length = 1;
    this.byKey.clear();
    this.byOutcomes.clear();
    this.classes = 0;
  }

  private classOfNew(value: FieldValue): number {
    const { tests } = this;
    if (tests === null) return this.classes < this.limit ? this.classes++ : this.limit;
    let outcomes: number | null = null;
    if (value !== null) {
      outcomes = 0;
      for (let t = 0; t < tests.length; t++) if (tests[t](value)) outcomes |= 1 << t;
    }
    let number = this.byOutcomes.get(outcomes);
    if (number === undefined) this.byOutcomes.set(outcomes, (number = this.classes++));
    return number;
  }
}

/** A list as one string: each item length-prefixed, so no two lists share one (a list field only ever holds lists). */
function listKey(list: readonly string[]): string {
  if (list.length === 0) return "[]";
  let key = "[";
  for (let i = 0; i < list.length; i++) key += `${list[i].length}:${list[i]}`;
  return `${key}]`;
}
