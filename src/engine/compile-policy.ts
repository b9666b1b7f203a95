import type { Condition, EffectDefinition, Policy } from "../policies";
import { addMonthsClamped, FieldValue, formatDay } from "../parsing";

/** The mutable state of one pass through the procedure (steps 3–8) for one set of field values. */
export interface RunState {
  values: Record<string, FieldValue>;
  programme: string | null;
  status: string | null;
  flags: string[];
  followOns: string[];
  fired: { ruleId: string; line: string }[];
  decidingRule: string | null;
  /** Each term's value once computed in this pass (terms are asked many times per row). */
  termValues: (boolean | undefined)[];
}

/** What does not change during one routing call. */
export interface RunContext {
  asOf: number;
  /** Cache of as-of + minimum months, by programme then setting. */
  minimumDays: Map<string, Map<string, number>>;
}

export type Predicate = (state: RunState, context: RunContext) => boolean;
type Render = (state: RunState, context: RunContext) => string;

export interface CompiledRule {
  id: string;
  when: Predicate;
  effect: EffectDefinition;
  flagsIf: { when: Predicate; flags: string[] }[];
  decides: boolean;
  stop: boolean;
  reason: Render;
}

export interface CompiledStep {
  when: Predicate | null;
  firstOnly: boolean;
  rules: CompiledRule[];
}

export interface DerivedField {
  name: string;
  sources: string[];
  /** Position of each band on the derived field's scale, lowest first. */
  rank: Map<string, number>;
}

export interface CompiledPolicy {
  policy: Policy;
  derivedFields: DerivedField[];
  steps: CompiledStep[];
  minimumDay(programme: string, values: Record<string, FieldValue>, context: RunContext): number;
  describe(field: string, value: FieldValue): string;
}

const compiledByPolicy = new WeakMap<Policy, CompiledPolicy>();

/** Turns the policy's rule data into predicates and reason renderers, once per policy. */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const cached = compiledByPolicy.get(policy);
  if (cached) return cached;
  const { data } = policy;
  const terms = new Map<string, Predicate>();
  const termIndex = new Map(Object.keys(data.terms).map((name, index) => [name, index]));
  const labels = new Map<string, Map<string, string>>();
  for (const field of policy.fields) {
    if ("scale" in field) labels.set(field.name, new Map(policy.scales.get(field.scale)?.map((v) => [v.key, v.label])));
  }
  const programmeName = (code: string | null) =>
    code ? (policy.programmeByCode.get(code)?.name ?? code) : data.noProgramme;
  const settingOf = (values: Record<string, FieldValue>) => (data.roles.setting ? values[data.roles.setting] : null);

  const minimumDay = (programme: string, values: Record<string, FieldValue>, context: RunContext): number => {
    const setting = String(settingOf(values));
    let bySetting = context.minimumDays.get(programme);
    if (bySetting === undefined) context.minimumDays.set(programme, (bySetting = new Map()));
    let day = bySetting.get(setting);
    if (day === undefined) {
      day = addMonthsClamped(context.asOf, minimumMonths(policy, programme, setting));
      bySetting.set(setting, day);
    }
    return day;
  };

  const describe = (field: string, value: FieldValue): string => {
    if (value === null) return "blank";
    if (Array.isArray(value)) return value.length ? value.join(", ") : "none";
    if (typeof value === "boolean") return value ? "yes" : "no";
    if (typeof value === "number" && policy.fieldByName.get(field)?.kind === "date") return formatDay(value);
    return labels.get(field)?.get(String(value)) ?? String(value);
  };

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
        const setting = settingOf(s.values);
        if (s.programme === null || setting === null) return true;
        return policy.programmeByCode.get(s.programme)?.settings.includes(String(setting)) ?? true;
      };
    }
    if ("timeLeftBelowMinimum" in condition) {
      const release = data.roles.release as string;
      return (s, c) => {
        const day = s.values[release];
        return s.programme !== null && typeof day === "number" && day < minimumDay(s.programme, s.values, c);
      };
    }
    return compileFieldCondition(condition);
  };

  for (const [name, condition] of Object.entries(data.terms)) terms.set(name, compile(condition));

  const compileReason = (id: string, template: string, reconstructed: boolean): Render => {
    const parts = template.split(/\{(\w+)\}/);
    const suffix = reconstructed ? ` ${data.reconstructedTag}` : "";
    const renderPart = (name: string): Render => {
      if (name === "programme") return (s) => programmeName(s.programme);
      if (name === "minMonths")
        return (s) => String(minimumMonths(policy, s.programme ?? "", String(settingOf(s.values))));
      if (name === "minimumDate") return (s, c) => formatDay(minimumDay(s.programme ?? "", s.values, c));
      if (!policy.fieldByName.has(name)) throw new RangeError(`rule ${id}: unknown placeholder {${name}}`);
      return (s) => describe(name, s.values[name]);
    };
    const renders = parts.map((part, index) => (index % 2 === 1 ? renderPart(part) : () => part));
    if (renders.length === 1) {
      const constant = `${id}: ${parts[0]}${suffix}`;
      return () => constant;
    }
    return (s, c) => {
      let line = `${id}: `;
      for (const render of renders) line += render(s, c);
      return line + suffix;
    };
  };

  const steps = data.steps.map((step): CompiledStep => ({
    when: step.when ? compile(step.when) : null,
    firstOnly: step.mode === "first",
    rules: step.rules.map((rule) => ({
      id: rule.id,
      when: compile(rule.when),
      effect: rule.then,
      flagsIf: (rule.then.flagsIf ?? []).map((f) => ({ when: compile(f.when), flags: f.flags })),
      decides: step.decides !== false && (rule.then.programme !== undefined || rule.then.status !== undefined),
      stop: rule.then.stop === true,
      reason: compileReason(rule.id, rule.reason, rule.reconstructed === true),
    })),
  }));

  const derivedFields = policy.fields.flatMap((field): DerivedField[] =>
    field.kind === "derived"
      ? [
          {
            name: field.name,
            sources: field.highestOf,
            rank: new Map(policy.scales.get(field.scale)?.map((v, i) => [v.key, i])),
          },
        ]
      : [],
  );
  const compiled: CompiledPolicy = { policy, derivedFields, steps, minimumDay, describe };
  compiledByPolicy.set(policy, compiled);
  return compiled;
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

function minimumMonths(policy: Policy, programme: string, setting: string): number {
  const months = policy.programmeByCode.get(programme)?.minMonths ?? 0;
  return typeof months === "number" ? months : (months[setting] ?? 0);
}

function compileFieldCondition(condition: Condition & { field: string }): Predicate {
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
