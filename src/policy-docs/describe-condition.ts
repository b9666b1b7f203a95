import { listInWords } from "../parsing";
import type { Condition, Policy } from "../policies";

/** `contactType` → `contact type`: a term's name as words. */
export function termInWords(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

/** A rule's condition in words, from the policy data (field labels, value labels, programme names). */
export function describeCondition(condition: Condition, policy: Policy): string {
  const label = (field: string) => policy.fieldByName.get(field)?.label ?? field;
  const valueLabel = (field: string, key: string) => {
    const definition = policy.fieldByName.get(field);
    const scale = definition && "scale" in definition ? policy.scales.get(definition.scale) : undefined;
    return scale?.find((v) => v.key === key)?.label ?? key;
  };
  const programmes = (codes: readonly string[]) =>
    listInWords(codes.map((code) => policy.programmeByCode.get(code)?.name ?? code));
  const inner = (c: Condition) => {
    const text = describeCondition(c, policy);
    return "all" in c || "any" in c ? `(${text})` : text;
  };

  if ("always" in condition) return "always";
  if ("term" in condition) return termInWords(condition.term);
  if ("all" in condition) return condition.all.map(inner).join(" and ");
  if ("any" in condition) return condition.any.map(inner).join(" or ");
  if ("not" in condition) return describeNegation(condition.not, policy) ?? `not ${inner(condition.not)}`;
  if ("programme" in condition) return `the programme so far is ${programmes(condition.programme)}`;
  if ("fired" in condition) return `${listInWords(condition.fired)} fired`;
  if ("completedHasProgramme" in condition) return "the programme so far is among those completed";
  if ("programmeRunsInSetting" in condition) return "the programme runs in the person's setting";
  if ("timeLeftBelowMinimum" in condition)
    return "the release date is before the as-of date plus the programme's minimum months";
  if ("field" in condition) {
    const name = label(condition.field);
    if ("is" in condition)
      return typeof condition.is === "boolean"
        ? `${name} is ${condition.is ? "yes" : "no"}`
        : `${name} is ${valueLabel(condition.field, condition.is)}`;
    if ("in" in condition)
      return `${name} is ${listInWords(condition.in.map((key) => valueLabel(condition.field, key)))}`;
    if ("has" in condition) return `${name} lists ${valueLabel(condition.field, condition.has)}`;
    if ("hasAny" in condition)
      return `${name} lists ${listInWords(condition.hasAny.map((k) => valueLabel(condition.field, k)))}`;
    const bounds: string[] = [];
    if (condition.gte !== undefined) bounds.push(`≥ ${condition.gte}`);
    if (condition.gt !== undefined) bounds.push(`> ${condition.gt}`);
    if (condition.lt !== undefined) bounds.push(`< ${condition.lt}`);
    if (condition.lte !== undefined) bounds.push(`≤ ${condition.lte}`);
    return `${name} ${bounds.join(" and ")}`;
  }
  // A condition kind this describer does not know yet (the policy format grew): shown as its data.
  return JSON.stringify(condition);
}

/** `the programme so far is not X` rather than `not the programme so far is X`, where the words allow it. */
function describeNegation(condition: Condition, policy: Policy): string | null {
  const positive = describeCondition(condition, policy);
  if ("programme" in condition) return positive.replace(/^the programme so far is /, "the programme so far is not ");
  if ("programmeRunsInSetting" in condition) return "the programme does not run in the person's setting";
  if ("field" in condition && ("is" in condition || "in" in condition)) return positive.replace(/ is /, " is not ");
  if ("field" in condition && ("has" in condition || "hasAny" in condition))
    return positive.replace(/ lists /, " does not list ");
  return null;
}
