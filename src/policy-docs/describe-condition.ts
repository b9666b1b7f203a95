import { listInWords } from "../parsing";
import { dispatchCondition } from "../policies";
import type { Condition, ConditionTable, Policy } from "../policies";

/** `contactType` → `contact type`: a term's name as words. */
export function termInWords(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

/** A rule's condition in words, from the policy data (field labels, value labels, programme names). */
export function describeCondition(condition: Condition, policy: Policy): string {
  return dispatchCondition(conditionWords(policy), condition);
}

/** One wording per condition kind, so a new kind does not compile until it has words. */
function conditionWords(policy: Policy): ConditionTable<string> {
  const label = (field: string) => policy.fieldByName.get(field)?.label ?? field;
  const valueLabel = (field: string, key: string) => {
    const definition = policy.fieldByName.get(field);
    const scale = definition && "scale" in definition ? policy.scales.get(definition.scale) : undefined;
    return scale?.find((v) => v.key === key)?.label ?? key;
  };
  const values = (field: string, keys: readonly string[]) => listInWords(keys.map((key) => valueLabel(field, key)));
  const programmes = (codes: readonly string[]) =>
    listInWords(codes.map((code) => policy.programmeByCode.get(code)?.name ?? code));
  const inner = (c: Condition) => {
    const text = describeCondition(c, policy);
    return "all" in c || "any" in c ? `(${text})` : text;
  };
  return {
    always: () => "always",
    term: (c) => termInWords(c.term),
    all: (c) => c.all.map(inner).join(" and "),
    any: (c) => c.any.map(inner).join(" or "),
    not: (c) => describeNegation(c.not, policy) ?? `not ${inner(c.not)}`,
    is: (c) => `${label(c.field)} is ${typeof c.is === "boolean" ? (c.is ? "yes" : "no") : valueLabel(c.field, c.is)}`,
    in: (c) => `${label(c.field)} is ${values(c.field, c.in)}`,
    has: (c) => `${label(c.field)} lists ${valueLabel(c.field, c.has)}`,
    hasAny: (c) => `${label(c.field)} lists ${values(c.field, c.hasAny)}`,
    blank: (c) => `${label(c.field)} is blank`,
    compare: (c) => {
      const bounds: string[] = [];
      if (c.gte !== undefined) bounds.push(`≥ ${c.gte}`);
      if (c.gt !== undefined) bounds.push(`> ${c.gt}`);
      if (c.lt !== undefined) bounds.push(`< ${c.lt}`);
      if (c.lte !== undefined) bounds.push(`≤ ${c.lte}`);
      return `${label(c.field)} ${bounds.join(" and ")}`;
    },
    programme: (c) => `the programme so far is ${programmes(c.programme)}`,
    fired: (c) => `${listInWords(c.fired)} fired`,
    completedHasProgramme: () => "the programme so far is among those completed",
    programmeRunsInSetting: () => "the programme runs in the person's setting",
    timeLeftBelowMinimum: () => "the release date is before the as-of date plus the programme's minimum months",
  };
}

/** `the programme so far is not X` rather than `not the programme so far is X`, where the words allow it. */
function describeNegation(condition: Condition, policy: Policy): string | null {
  const positive = describeCondition(condition, policy);
  if ("programme" in condition) return positive.replace(/^the programme so far is /, "the programme so far is not ");
  if ("programmeRunsInSetting" in condition) return "the programme does not run in the person's setting";
  if ("blank" in condition) return positive.replace(/ is blank$/, " is not blank");
  if ("field" in condition && ("is" in condition || "in" in condition)) return positive.replace(/ is /, " is not ");
  if ("field" in condition && ("has" in condition || "hasAny" in condition))
    return positive.replace(/ lists /, " does not list ");
  return null;
}
