import { type Condition, type ConditionTable, dispatchCondition } from "../policies/condition-kinds";
import type { FieldValue } from "../parsing";
import { PolicyFacts, Predicate } from "./run-state";

/** Builds the compiler of the policy's condition language into predicates; terms are computed once per pass. */
export function createConditionCompiler(facts: PolicyFacts): (condition: Condition) => Predicate {
  const { data } = facts.policy;
  const terms = new Map<string, Predicate>();
  const termIndex = new Map(Object.keys(data.terms).map((name, index) => [name, index]));
  const compile = (condition: Condition): Predicate => dispatchCondition(table, condition);

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
    is:
      ({ field, is }) =>
      (s) =>
        s.values[field] === is,
    in: (condition) => {
      const allowed = new Set<FieldValue>(condition.in);
      return (s) => allowed.has(s.values[condition.field]);
    },
    has:
      ({ field, has }) =>
      (s) =>
        listOf(s.values[field]).includes(has),
    hasAny:
      ({ field, hasAny }) =>
      (s) => {
        for (const item of listOf(s.values[field])) if (hasAny.includes(item)) return true;
        return false;
      },
    blank:
      ({ field }) =>
      (s) =>
        s.values[field] === null,
    compare:
      ({ field, lt, lte, gt, gte }) =>
      (s) => {
        const value = s.values[field];
        if (typeof value !== "number") return false;
        return (
          (lt === undefined || value < lt) &&
          (lte === undefined || value <= lte) &&
          (gt === undefined || value > gt) &&
          (gte === undefined || value >= gte)
        );
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
      return (s) => s.programme !== null && listOf(s.values[field]).includes(s.programme);
    },
    programmeRunsInSetting: () => (s) => {
      const setting = facts.settingOf(s.values);
      if (s.programme === null || setting === null) return true;
      return facts.policy.programmeByCode.get(s.programme)?.settings.includes(String(setting)) ?? true;
    },
    timeLeftBelowMinimum: () => {
      const release = data.roles.release as string;
      return (s, c) => {
        const day = s.values[release];
        if (s.programme === null || typeof day !== "number") return false;
        const minimum = facts.minimumDay(s.programme, s.values, c);
        c.bounds?.push(minimum);
        return day < minimum;
      };
    },
  };

  for (const [name, condition] of Object.entries(data.terms)) terms.set(name, compile(condition));
  return compile;
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
