import type { Condition } from "../policies";
import type { FieldValue } from "../parsing";
import { PolicyFacts, Predicate } from "./run-state";

/** Builds the compiler of the policy's condition language into predicates; terms are computed once per pass. */
export function createConditionCompiler(facts: PolicyFacts): (condition: Condition) => Predicate {
  const { data } = facts.policy;
  const terms = new Map<string, Predicate>();
  const termIndex = new Map(Object.keys(data.terms).map((name, index) => [name, index]));

  const compile = (condition: Condition): Predicate => {
    if ("always" in condition) return () => true;
    if ("term" in condition) {
      const index = termIndex.get(condition.term) as number;
      return (s, c) => {
        let value = s.termValues[index];
        if (value === undefined) value = s.termValues[index] = (terms.get(condition.term) as Predicate)(s, c);
        return value;
      };
    }
    if ("all" in condition) return allOf(condition.all.map(compile));
    if ("any" in condition) return anyOf(condition.any.map(compile));
    if ("not" in condition) {
      const inner = compile(condition.not);
      return (s, c) => !inner(s, c);
    }
    if ("programme" in condition) {
      const codes = new Set(condition.programme);
      return (s) => s.programme !== null && codes.has(s.programme);
    }
    if ("fired" in condition) {
      const ids = new Set(condition.fired);
      return (s) => {
        for (const fired of s.fired) if (ids.has(fired.ruleId)) return true;
        return false;
      };
    }
    if ("completedHasProgramme" in condition) {
      const field = data.roles.completed as string;
      return (s) => s.programme !== null && listOf(s.values[field]).includes(s.programme);
    }
    if ("programmeRunsInSetting" in condition) {
      return (s) => {
        const setting = facts.settingOf(s.values);
        if (s.programme === null || setting === null) return true;
        return facts.policy.programmeByCode.get(s.programme)?.settings.includes(String(setting)) ?? true;
      };
    }
    if ("timeLeftBelowMinimum" in condition) {
      const release = data.roles.release as string;
      return (s, c) => {
        const day = s.values[release];
        return s.programme !== null && typeof day === "number" && day < facts.minimumDay(s.programme, s.values, c);
      };
    }
    return compileFieldCondition(condition);
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

export function compileFieldCondition(condition: Condition & { field: string }): Predicate {
  const { field } = condition;
  if ("is" in condition) {
    const expected = condition.is;
    return (s) => s.values[field] === expected;
  }
  if ("in" in condition) {
    const allowed = new Set<FieldValue>(condition.in);
    return (s) => allowed.has(s.values[field]);
  }
  if ("has" in condition) {
    const item = condition.has;
    return (s) => listOf(s.values[field]).includes(item);
  }
  if ("hasAny" in condition) {
    const items = condition.hasAny;
    return (s) => {
      for (const i of listOf(s.values[field])) if (items.includes(i)) return true;
      return false;
    };
  }
  const { lt, lte, gt, gte } = condition as { lt?: number; lte?: number; gt?: number; gte?: number };
  return (s) => {
    const value = s.values[field];
    if (typeof value !== "number") return false;
    return (
      (lt === undefined || value < lt) &&
      (lte === undefined || value <= lte) &&
      (gt === undefined || value > gt) &&
      (gte === undefined || value >= gte)
    );
  };
}
