import type { Condition, EffectDefinition, Policy } from "../policies";
import { createConditionCompiler } from "./compile-condition";
import { createReasonCompiler } from "./compile-reason";
import { createPolicyFacts, PolicyFacts, Predicate, Render } from "./run-state";

export type { Predicate, RunContext, RunState } from "./run-state";

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
  facts: PolicyFacts;
  derivedFields: DerivedField[];
  steps: CompiledStep[];
}

const compiledByPolicy = new WeakMap<Policy, CompiledPolicy>();

/** Turns the policy's rule data into predicates and reason renderers, once per policy. */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const cached = compiledByPolicy.get(policy);
  if (cached) return cached;
  const facts = createPolicyFacts(policy);
  const compileCondition = createConditionCompiler(facts);
  const compileReason = createReasonCompiler(facts);
  const steps = policy.data.steps.map((step): CompiledStep => ({
    when: step.when ? compileCondition(step.when) : null,
    firstOnly: step.mode === "first",
    rules: step.rules.map((rule) => ({
      id: rule.id,
      when: compileCondition(rule.when),
      effect: rule.then,
      flagsIf: (rule.then.flagsIf ?? []).map((f) => ({ when: compileCondition(f.when), flags: f.flags })),
      decides: step.decides !== false && (rule.then.programme !== undefined || rule.then.status !== undefined),
      stop: rule.then.stop === true,
      reason: compileReason(rule.id, rule.reason, reconstructedWhen(rule.reconstructed, compileCondition), rule.when),
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
  const compiled: CompiledPolicy = { policy, facts, derivedFields, steps };
  compiledByPolicy.set(policy, compiled);
  return compiled;
}

/** When a reason line carries the reconstructed tag: never, always, or when the rule's own condition holds. */
function reconstructedWhen(
  reconstructed: boolean | Condition | undefined,
  compileCondition: (condition: Condition) => Predicate,
): Predicate | boolean {
  if (reconstructed === undefined || typeof reconstructed === "boolean") return reconstructed === true;
  return compileCondition(reconstructed);
}
