import { type Condition, type ConditionTable, dispatchCondition, TERMS_USED } from "./condition-kinds";
import type { PolicyLookups } from "./check-policy";

/** Placeholders a reason may use besides field names. */
export const REASON_PLACEHOLDERS = ["programme", "minMonths", "minimumDate"];

type Need = (ok: boolean, message: string) => void;

/**
 * Checks every condition, effect and reason of the policy's terms and rules: each reference must resolve (fields,
 * values on their scale, terms, programmes, rule IDs, the roles a condition kind works on), so that no condition
 * loads that could never fire or would read something that is not there.
 */
export function checkRules(policy: PolicyLookups, need: Need): void {
  const { data } = policy;
  const statuses = new Set(Object.values(data.statuses));
  const ruleIds = new Set(data.steps.flatMap((step) => step.rules.map((rule) => rule.id)));
  const checkCondition = createConditionChecker(policy, ruleIds, need);

  for (const [name, condition] of Object.entries(data.terms)) checkCondition(`term ${name}`, condition);
  const cycle = findTermCycle(data.terms);
  need(cycle === null, `terms refer to themselves: ${cycle?.join(" → ")}`);

  for (const step of data.steps) {
    if (step.when) checkCondition(`step ${step.name}`, step.when);
    for (const rule of step.rules) {
      const where = `rule ${rule.id}`;
      checkCondition(where, rule.when);
      if (typeof rule.reconstructed === "object") checkCondition(`${where} (reconstructed)`, rule.reconstructed);
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

function createConditionChecker(policy: PolicyLookups, ruleIds: ReadonlySet<string>, need: Need) {
  const { data } = policy;
  const scaleKeys = (name: string | undefined) => (policy.scales.get(name ?? "") ?? []).map((v) => v.key);
  const onScale = (where: string, fieldName: string, values: readonly (string | boolean)[]) => {
    const field = policy.fieldByName.get(fieldName);
    if (!field) return need(false, `${where}: unknown field ${fieldName}`);
    if (field.kind === "yesNo")
      return values.forEach((v) => need(typeof v === "boolean", `${where}: ${fieldName} is yes/no, not "${v}"`));
    if (!("scale" in field)) return need(false, `${where}: ${fieldName} has no values to compare with`);
    const keys = new Set([...scaleKeys(field.scale), ...(field.kind === "list" ? scaleKeys(field.alsoScale) : [])]);
    for (const value of values) need(keys.has(String(value)), `${where}: "${value}" is not a value of ${fieldName}`);
  };
  const needRole = (where: string, role: "completed" | "setting" | "release", kind: string) =>
    need(data.roles[role] !== undefined, `${where}: ${kind} needs roles.${role}, and the policy has none`);

  let where = "";
  const table: ConditionTable<void> = {
    always: () => {},
    term: ({ term }) => need(term in data.terms, `${where}: unknown term ${term}`),
    all: (c) => c.all.forEach(check),
    any: (c) => c.any.forEach(check),
    not: (c) => check(c.not),
    is: (c) => onScale(where, c.field, [c.is]),
    in: (c) => onScale(where, c.field, c.in),
    has: (c) => onScale(where, c.field, [c.has]),
    hasAny: (c) => onScale(where, c.field, c.hasAny),
    blank: ({ field }) => {
      const definition = policy.fieldByName.get(field);
      if (!definition) return need(false, `${where}: unknown field ${field}`);
      const neverBlank = definition.kind === "list" || ("default" in definition && definition.default !== undefined);
      need(!neverBlank, `${where}: ${field} is never blank (it has a default)`);
    },
    compare: ({ field }) =>
      need(policy.fieldByName.get(field)?.kind === "number", `${where}: ${field} is not a number field`),
    programme: (c) => {
      for (const code of c.programme) need(policy.programmeByCode.has(code), `${where}: unknown programme ${code}`);
    },
    fired: (c) => {
      for (const id of c.fired)
        need(ruleIds.has(id), `${where}: "fired" names ${id}, which is not a rule of the policy`);
    },
    completedHasProgramme: () => needRole(where, "completed", "completedHasProgramme"),
    programmeRunsInSetting: () => needRole(where, "setting", "programmeRunsInSetting"),
    timeLeftBelowMinimum: () => {
      needRole(where, "release", "timeLeftBelowMinimum");
      const release = data.roles.release ? policy.fieldByName.get(data.roles.release) : undefined;
      if (release) need(release.kind === "date", `${where}: roles.release ${release.name} is not a date field`);
    },
  };
  const check = (condition: Condition): void => dispatchCondition(table, condition);
  return (at: string, condition: Condition): void => {
    where = at;
    check(condition);
  };
}

function findTermCycle(terms: Record<string, Condition>): string[] | null {
  const uses = (condition: Condition): string[] => dispatchCondition(TERMS_USED, condition);
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
