import { Condition, FieldDefinition, PolicyData, policySchema, ProgrammeDefinition, ScaleValue } from "./policy-schema";

/** Thrown when a policy file is not a valid policy. A configuration error: it fails at load, never mid-run. */
export class PolicyError extends Error {
  readonly code = "POLICY_INVALID";
  constructor(message: string) {
    super(message);
    this.name = "PolicyError";
  }
}

/** A validated policy with its lookups resolved. */
export interface Policy {
  readonly data: PolicyData;
  /** `id@version`, written on every routed row. */
  readonly stamp: string;
  readonly fields: readonly FieldDefinition[];
  readonly fieldByName: ReadonlyMap<string, FieldDefinition>;
  /** Scales by name, including the derived `programmes` scale (code and name of each programme). */
  readonly scales: ReadonlyMap<string, readonly ScaleValue[]>;
  readonly programmeByCode: ReadonlyMap<string, ProgrammeDefinition>;
  readonly flagOrder: ReadonlyMap<string, number>;
}

const PROGRAMMES_SCALE = "programmes";

/** Validates raw JSON as a policy and resolves its cross-references. Throws PolicyError naming every problem. */
export function loadPolicy(raw: unknown): Policy {
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new PolicyError(`policy file is not valid: ${problems.join("; ")}`);
  }
  const data = parsed.data;
  const scales = new Map<string, readonly ScaleValue[]>(Object.entries(data.scales));
  scales.set(
    PROGRAMMES_SCALE,
    data.programmes.map((p) => ({ key: p.code, label: p.code, spellings: [p.code, p.name] })),
  );
  const policy: Policy = {
    data,
    stamp: `${data.id}@${data.version}`,
    fields: data.fields,
    fieldByName: new Map(data.fields.map((f) => [f.name, f])),
    scales,
    programmeByCode: new Map(data.programmes.map((p) => [p.code, p])),
    flagOrder: new Map(data.flags.map((f, index) => [f.code, index])),
  };
  const problems = checkReferences(policy);
  if (problems.length > 0) throw new PolicyError(`policy ${policy.stamp} is not consistent: ${problems.join("; ")}`);
  return policy;
}

function checkReferences(policy: Policy): string[] {
  const { data } = policy;
  const problems: string[] = [];
  const statuses = new Set(Object.values(data.statuses));
  const tiers = new Set(data.tiers.order);
  const need = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };

  for (const field of data.fields) {
    if ("scale" in field) need(policy.scales.has(field.scale), `field ${field.name}: unknown scale ${field.scale}`);
    if (field.kind === "scoreOrChoice") {
      const keys = new Set((policy.scales.get(field.scale) ?? []).map((v) => v.key));
      for (const band of field.scoreBands) need(keys.has(band.key), `field ${field.name}: unknown band ${band.key}`);
    }
    if (field.kind === "choice" && field.default !== undefined) {
      const keys = (policy.scales.get(field.scale) ?? []).map((v) => v.key);
      need(keys.includes(field.default), `field ${field.name}: default ${field.default} is not on its scale`);
    }
  }
  for (const [role, name] of Object.entries(data.roles)) {
    if (name !== undefined) need(policy.fieldByName.has(name), `roles.${role}: unknown field ${name}`);
  }
  for (const [key, tier] of Object.entries(data.tiers.fromScale)) need(tiers.has(tier), `tiers.fromScale.${key}`);
  for (const programme of data.programmes) {
    for (const tier of programme.tiers) need(tiers.has(tier), `programme ${programme.code}: unknown tier ${tier}`);
  }

  const checkCondition = (where: string, condition: Condition): void => {
    if ("all" in condition) condition.all.forEach((c) => checkCondition(where, c));
    else if ("any" in condition) condition.any.forEach((c) => checkCondition(where, c));
    else if ("not" in condition) checkCondition(where, condition.not);
    else if ("term" in condition) need(condition.term in data.terms, `${where}: unknown term ${condition.term}`);
    else if ("field" in condition)
      need(policy.fieldByName.has(condition.field), `${where}: unknown field ${condition.field}`);
    else if ("programme" in condition) {
      for (const code of condition.programme)
        need(policy.programmeByCode.has(code), `${where}: unknown programme ${code}`);
    }
  };
  for (const [name, condition] of Object.entries(data.terms)) checkCondition(`term ${name}`, condition);

  for (const step of data.steps) {
    if (step.when) checkCondition(`step ${step.name}`, step.when);
    for (const rule of step.rules) {
      const where = `rule ${rule.id}`;
      checkCondition(where, rule.when);
      const { programme, status, flags = [], followOn = [], flagsIf = [] } = rule.then;
      if (programme) need(policy.programmeByCode.has(programme), `${where}: unknown programme ${programme}`);
      if (status !== undefined) need(statuses.has(status), `${where}: unknown status ${status}`);
      for (const code of followOn) need(policy.programmeByCode.has(code), `${where}: unknown follow-on ${code}`);
      const allFlags = [...flags, ...flagsIf.flatMap((f) => f.flags)];
      for (const flag of allFlags) need(policy.flagOrder.has(flag), `${where}: unknown flag ${flag}`);
      flagsIf.forEach((f) => checkCondition(where, f.when));
    }
  }
  need(
    policy.flagOrder.has(data.validation.duplicateFlag),
    `validation: unknown flag ${data.validation.duplicateFlag}`,
  );
  return problems;
}
