import { checkOverrides } from "./check-overrides";
import type { Condition, FieldDefinition, PolicyData, ScaleValue } from "./policy-schema";

/** The lookups the consistency checks need (a subset of Policy, to avoid a cycle with load-policy). */
export interface PolicyLookups {
  data: PolicyData;
  fieldByName: ReadonlyMap<string, FieldDefinition>;
  scales: ReadonlyMap<string, readonly ScaleValue[]>;
  programmeByCode: ReadonlyMap<string, unknown>;
  flagOrder: ReadonlyMap<string, number>;
}

/** Placeholders a reason may use besides field names. */
export const REASON_PLACEHOLDERS = ["programme", "minMonths", "minimumDate"];

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** Every cross-reference problem of a schema-valid policy, in words; empty when the policy is consistent. */
export function checkPolicy(policy: PolicyLookups): string[] {
  const { data } = policy;
  const problems: string[] = [];
  const need = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  const scaleKeys = (name: string) => new Set((policy.scales.get(name) ?? []).map((v) => v.key));

  for (const [what, names] of [
    ["field", data.fields.map((f) => f.name)],
    ["programme code", data.programmes.map((p) => p.code)],
    ["flag", data.flags.map((f) => f.code)],
  ] as const) {
    const seen = new Set<string>();
    for (const name of names) {
      need(!seen.has(name), `duplicate ${what} ${name}`);
      seen.add(name);
    }
  }
  const headerOwner = new Map<string, string>();
  for (const field of data.fields) {
    for (const header of new Set([field.name, ...field.headers].map(normalise))) {
      const owner = headerOwner.get(header);
      need(owner === undefined, `header "${header}" belongs to both ${owner} and ${field.name}`);
      headerOwner.set(header, field.name);
    }
    if ("scale" in field) need(policy.scales.has(field.scale), `field ${field.name}: unknown scale ${field.scale}`);
    if (field.kind === "scoreOrChoice") {
      for (const band of field.scoreBands)
        need(scaleKeys(field.scale).has(band.key), `field ${field.name}: unknown band ${band.key}`);
    }
    if (field.kind === "derived") {
      for (const source of field.highestOf) {
        const sourceField = data.fields.find((f) => f.name === source);
        const sameScale = sourceField && "scale" in sourceField && sourceField.kind !== "list";
        need(Boolean(sameScale), `field ${field.name}: ${source} is not a choice or score field`);
      }
    }
    if (field.kind === "choice" && field.default !== undefined) {
      need(
        scaleKeys(field.scale).has(field.default),
        `field ${field.name}: default ${field.default} is not on its scale`,
      );
    }
  }
  for (const [role, name] of Object.entries(data.roles)) {
    if (name !== undefined) need(policy.fieldByName.has(name), `roles.${role}: unknown field ${name}`);
  }
  checkTiers(policy, need);
  checkConditions(policy, need);
  checkOverrides(policy, need);
  for (const rule of [data.validation.invalidRule, data.validation.incompleteRule, data.validation.duplicateRule]) {
    need(/^[A-Z]+-\d+$/.test(rule), `validation: "${rule}" is not a rule ID such as V-1`);
  }
  need(
    policy.flagOrder.has(data.validation.duplicateFlag),
    `validation: unknown flag ${data.validation.duplicateFlag}`,
  );
  return problems;
}

function checkTiers(policy: PolicyLookups, need: (ok: boolean, message: string) => void): void {
  const { data } = policy;
  const tiers = new Set(data.tiers.order);
  const source = policy.fieldByName.get(data.roles.tierSource);
  const sourceScale = source && "scale" in source && source.kind !== "list" ? source.scale : undefined;
  need(sourceScale !== undefined, `roles.tierSource: ${data.roles.tierSource} is not a choice or score field`);
  const sourceKeys = new Set((policy.scales.get(sourceScale ?? "") ?? []).map((v) => v.key));
  for (const [key, tier] of Object.entries(data.tiers.fromScale)) {
    need(tiers.has(tier), `tiers.fromScale.${key}: unknown tier ${tier}`);
    need(sourceKeys.has(key), `tiers.fromScale.${key}: not on the ${sourceScale} scale`);
  }
  const settingField = data.roles.setting ? policy.fieldByName.get(data.roles.setting) : undefined;
  const settings =
    settingField && "scale" in settingField
      ? new Set((policy.scales.get(settingField.scale) ?? []).map((v) => v.key))
      : null;
  for (const programme of data.programmes) {
    for (const tier of programme.tiers) need(tiers.has(tier), `programme ${programme.code}: unknown tier ${tier}`);
    for (const setting of programme.settings) {
      need(!settings || settings.has(setting), `programme ${programme.code}: unknown setting ${setting}`);
    }
    if (typeof programme.minMonths !== "number" && settings) {
      for (const setting of settings) {
        need(setting in programme.minMonths, `programme ${programme.code}: minMonths has no value for ${setting}`);
      }
    }
  }
}

function checkConditions(policy: PolicyLookups, need: (ok: boolean, message: string) => void): void {
  const { data } = policy;
  const statuses = new Set(Object.values(data.statuses));
  const onScale = (where: string, fieldName: string, values: readonly (string | boolean)[]) => {
    const field = policy.fieldByName.get(fieldName);
    if (!field) return need(false, `${where}: unknown field ${fieldName}`);
    if (field.kind === "yesNo")
      return values.forEach((v) => need(typeof v === "boolean", `${where}: ${fieldName} is yes/no, not "${v}"`));
    if (!("scale" in field)) return need(false, `${where}: ${fieldName} has no values to compare with`);
    const keys = new Set((policy.scales.get(field.scale) ?? []).map((v) => v.key));
    for (const value of values) need(keys.has(String(value)), `${where}: "${value}" is not a value of ${fieldName}`);
  };
  const checkCondition = (where: string, condition: Condition): void => {
    if ("all" in condition) condition.all.forEach((c) => checkCondition(where, c));
    else if ("any" in condition) condition.any.forEach((c) => checkCondition(where, c));
    else if ("not" in condition) checkCondition(where, condition.not);
    else if ("term" in condition) need(condition.term in data.terms, `${where}: unknown term ${condition.term}`);
    else if ("is" in condition) onScale(where, condition.field, [condition.is]);
    else if ("in" in condition) onScale(where, condition.field, condition.in);
    else if ("has" in condition) onScale(where, condition.field, [condition.has]);
    else if ("hasAny" in condition) onScale(where, condition.field, condition.hasAny);
    else if ("field" in condition)
      need(
        policy.fieldByName.get(condition.field)?.kind === "number",
        `${where}: ${condition.field} is not a number field`,
      );
    else if ("programme" in condition) {
      for (const code of condition.programme)
        need(policy.programmeByCode.has(code), `${where}: unknown programme ${code}`);
    }
  };
  for (const [name, condition] of Object.entries(data.terms)) checkCondition(`term ${name}`, condition);
  const cycle = findTermCycle(data.terms);
  need(cycle === null, `terms refer to themselves: ${cycle?.join(" → ")}`);

  for (const step of data.steps) {
    if (step.when) checkCondition(`step ${step.name}`, step.when);
    for (const rule of step.rules) {
      const where = `rule ${rule.id}`;
      checkCondition(where, rule.when);
      const { programme, status, flags = [], followOn = [], flagsIf = [] } = rule.then;
      if (programme) need(policy.programmeByCode.has(programme), `${where}: unknown programme ${programme}`);
      if (status !== undefined) need(statuses.has(status), `${where}: unknown status ${status}`);
      for (const code of followOn) need(policy.programmeByCode.has(code), `${where}: unknown follow-on ${code}`);
      for (const flag of [...flags, ...flagsIf.flatMap((f) => f.flags)])
        need(policy.flagOrder.has(flag), `${where}: unknown flag ${flag}`);
      flagsIf.forEach((f) => checkCondition(where, f.when));
      for (const [, placeholder] of rule.reason.matchAll(/\{(\w+)\}/g)) {
        const known = policy.fieldByName.has(placeholder) || REASON_PLACEHOLDERS.includes(placeholder);
        need(known, `${where}: unknown placeholder {${placeholder}} in its reason`);
      }
    }
  }
}

function findTermCycle(terms: Record<string, Condition>): string[] | null {
  const uses = (condition: Condition): string[] => {
    if ("all" in condition) return condition.all.flatMap(uses);
    if ("any" in condition) return condition.any.flatMap(uses);
    if ("not" in condition) return uses(condition.not);
    return "term" in condition ? [condition.term] : [];
  };
  const visit = (name: string, path: string[]): string[] | null => {
    if (path.includes(name)) return [...path.slice(path.indexOf(name)), name];
    const condition = terms[name];
    if (!condition) return null;
    for (const next of uses(condition)) {
      const cycle = visit(next, [...path, name]);
      if (cycle) return cycle;
    }
    return null;
  };
  for (const name of Object.keys(terms)) {
    const cycle = visit(name, []);
    if (cycle) return cycle;
  }
  return null;
}
