import { checkPolicy } from "./check-policy";
import type { FieldDefinition, PolicyData, ProgrammeDefinition, ScaleValue } from "./policy-schema";
import { validatePolicyData } from "./validate-policy-data";

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
/** The override vocabulary: every programme of the table, and the policy's "None" (its key is that word). */
export const PROGRAMMES_OR_NONE_SCALE = "programmesOrNone";

/** Validates raw JSON as a policy and resolves its cross-references. Throws PolicyError naming every problem. */
export function loadPolicy(raw: unknown): Policy {
  const validated = validatePolicyData(raw);
  if (!validated.ok) throw new PolicyError(`policy file is not valid: ${validated.problems.join("; ")}`);
  const { data } = validated;
  const scales = new Map<string, readonly ScaleValue[]>(Object.entries(data.scales));
  scales.set(
    PROGRAMMES_SCALE,
    data.programmes.map((p) => ({ key: p.code, label: p.code, spellings: [p.code, p.name, ...(p.spellings ?? [])] })),
  );
  const none = { key: data.noProgramme, label: data.noProgramme, spellings: [data.noProgramme] };
  scales.set(PROGRAMMES_OR_NONE_SCALE, [...(scales.get(PROGRAMMES_SCALE) ?? []), none]);
  const policy: Policy = {
    data,
    stamp: `${data.id}@${data.version}`,
    fields: data.fields,
    fieldByName: new Map(data.fields.map((f) => [f.name, f])),
    scales,
    programmeByCode: new Map(data.programmes.map((p) => [p.code, p])),
    flagOrder: new Map(data.flags.map((f, index) => [f.code, index])),
  };
  const problems = checkPolicy(policy);
  if (problems.length > 0) throw new PolicyError(`policy ${policy.stamp} is not consistent: ${problems.join("; ")}`);
  return policy;
}
