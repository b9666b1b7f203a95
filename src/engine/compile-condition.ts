import { type Condition, type ConditionTable, dispatchCondition } from "../policies/condition-kinds";
import type { FieldValue } from "../parsing";
import { TEST_SHAPES, type TestShape } from "./record-pass";
import { PolicyFacts, Predicate, RunContext, RunState } from "./run-state";

type FieldTest = (value: FieldValue) => boolean;

/** Builds the compiler of the policy's condition language into predicates; terms are computed once per pass. */
export function createConditionCompiler(facts: PolicyFacts): (condition: Condition) => Predicate {
  const { data } = facts.policy;
  const terms = new Map<string, Predicate>();
  const termIndex = new Map(Object.keys(data.terms).map((name, index) => [name, index]));
  const compile = (condition: Condition): Predicate => dispatchCondition(table, condition);
  /** One test per distinct field condition, however often the policy repeats it (a pass then records it once). */
  const testsByCondition = new Map<string, FieldTest>();
  const onField = (condition: Condition & { field: string }, test: FieldTest, shape?: TestShape): Predicate => {
    const key = JSON.stringify(condition);
    const shared = testsByCondition.get(key) ?? shaped(test, shape);
    testsByCondition.set(key, shared);
    return (s, c) => readField(s, c, condition.field, shared);
  };
  const listHolding = internedBy((code: string) =>
    shaped((v) => listOf(v).includes(code), { kind: "holdsAny", items: [code] }),
  );
  const dayBelow = internedBy((minimum: number) =>
    shaped((v) => typeof v === "number" && v < minimum, { kind: "compare", lt: minimum }),
  );

  const table: ConditionTable<Predicate> = {
    always: () => () => true,
    term: ({ term }) => {
      const index = termIndex.get(term) as number;
      return (s, c) => {
        let value = s.termValues[index];
        if (value === undefined) value = s.termValues[index] = (terms.get(term) as Predicate)(s, c);
        return value;
      };
    },
    all: (condition) => allOf(condition.all.map(compile)),
    any: (condition) => anyOf(condition.any.map(compile)),
    not: (condition) => {
      const inner = compile(condition.not);
      return (s, c) => !inner(s, c);
    },
    is: (condition) => onField(condition, (v) => v === condition.is, { kind: "equals", value: condition.is }),
    in: (condition) => {
      const allowed = new Set<FieldValue>(condition.in);
      return onField(condition, (v) => allowed.has(v), { kind: "oneOf", values: allowed });
    },
    has: (condition) =>
      onField(condition, (v) => listOf(v).includes(condition.has), { kind: "holdsAny", items: [condition.has] }),
    hasAny: (condition) =>
      onField(
        condition,
        (v) => {
          for (const item of listOf(v)) if (condition.hasAny.includes(item)) return true;
          return false;
        },
        { kind: "holdsAny", items: condition.hasAny },
      ),
    blank: (condition) => onField(condition, (v) => v === null, { kind: "equals", value: null }),
    compare: (condition) => {
      const { lt, lte, gt, gte } = condition;
      const test: FieldTest = (value) => {
        if (typeof value !== "number") return false;
        return (
          (lt === undefined || value < lt) &&
          (lte === undefined || value <= lte) &&
          (gt === undefined || value > gt) &&
          (gte === undefined || value >= gte)
        );
      };
      return onField(condition, test, { kind: "compare", lt, lte, gt, gte });
    },
    programme: (condition) => {
      const codes = new Set(condition.programme);
      return (s) => s.programme !== null && codes.has(s.programme);
    },
    fired: (condition) => {
      const ids = new Set(condition.fired);
      return (s) => {
        for (const fired of s.fired) if (ids.has(fired.ruleId)) return true;
        return false;
      };
    },
    completedHasProgramme: () => {
      const field = data.roles.completed as string;
      return (s, c) => s.programme !== null && readField(s, c, field, listHolding(s.programme));
    },
    programmeRunsInSetting: () => (s) => {
      const setting = facts.settingOf(s.values);
      if (s.programme === null || setting === null) return true;
      return facts.policy.programmeByCode.get(s.programme)?.settings.includes(String(setting)) ?? true;
    },
    timeLeftBelowMinimum: () => {
      const release = data.roles.release as string;
      return (s, c) => {
        if (s.programme === null) return false;
        const minimum = facts.minimumDay(s.programme, s.values, c);
        if (c.recorder === undefined) {
          const day = s.values[release];
          return typeof day === "number" && day < minimum;
        }
        return c.recorder.test(s.values, release, dayBelow(minimum));
      };
    },
  };

  for (const [name, condition] of Object.entries(data.terms)) terms.set(name, compile(condition));
  return compile;
}

/** A test of one field's value; while a pass is recorded, the recorder sees its outcome (see record-pass). */
function readField(s: RunState, c: RunContext, field: string, test: FieldTest): boolean {
  return c.recorder === undefined ? test(s.values[field]) : c.recorder.test(s.values, field, test);
}

/** Tells the cache what a test asks, when it has a shape the cache knows (a trie then asks it without calling it). */
function shaped(test: FieldTest, shape: TestShape | undefined): FieldTest {
  if (shape !== undefined) TEST_SHAPES.set(test, shape);
  return test;
}

/** The same function for the same argument (a recorded pass's tests must be the same tests next time). */
function internedBy<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}

function allOf(parts: Predicate[]): Predicate {
  return (s, c) => {
    for (const part of parts) if (!part(s, c)) return false;
    return true;
  };
}

function anyOf(parts: Predicate[]): Predicate {
  return (s, c) => {
    for (const part of parts) if (part(s, c)) return true;
    return false;
  };
}

const NO_ITEMS: readonly string[] = [];

function listOf(value: FieldValue): readonly string[] {
  return Array.isArray(value) ? value : NO_ITEMS;
}
