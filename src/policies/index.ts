import foi86525 from "./foi-86525.json";
import hmpps2017 from "./hmpps-2017.json";
import { loadPolicy, Policy, PolicyError } from "./load-policy";

export { loadPolicy, PolicyError } from "./load-policy";
export type { Policy } from "./load-policy";
export type * from "./policy-schema";

export const DEFAULT_POLICY_ID = "foi-86525";

const bundledData: Record<string, unknown> = { "foi-86525": foi86525, "hmpps-2017": hmpps2017 };
const loaded = new Map<string, Policy>();

/** The ids of the policies shipped with SOTP Router. */
export function listBundledPolicies(): string[] {
  return Object.keys(bundledData);
}

/** A policy shipped with SOTP Router, validated once and cached. Throws PolicyError for an unknown id. */
export function getBundledPolicy(id: string = DEFAULT_POLICY_ID): Policy {
  const cached = loaded.get(id);
  if (cached) return cached;
  const data = bundledData[id];
  if (data === undefined) {
    throw new PolicyError(`unknown policy "${id}" (bundled: ${listBundledPolicies().join(", ")})`);
  }
  const policy = loadPolicy(data);
  loaded.set(id, policy);
  return policy;
}
export { conditionKind, dispatchCondition, FIELDS_READ, TERMS_USED } from "./condition-kinds";
export type { ConditionShapes, ConditionTable } from "./condition-kinds";
