import type { FieldValue } from "../parsing";
import { CompiledPolicy, CompiledRule, RunContext, RunState } from "./compile-policy";
import { freshRunState } from "./run-state";

/** Runs the policy's steps (3–8 of the foi-86525 procedure) once, for concrete field values. */
export function runProcedure(
  compiled: CompiledPolicy,
  values: Record<string, FieldValue>,
  context: RunContext,
): RunState {
  const state = freshRunState(compiled.derivedFields.length ? withDerivedValues(compiled, values) : values);
  for (const step of compiled.steps) {
    if (step.when && !step.when(state, context)) continue;
    for (const rule of step.rules) {
      if (!rule.when(state, context)) continue;
      fire(rule, state, context);
      if (rule.stop) return state;
      if (step.firstOnly) break;
    }
  }
  return state;
}

function fire(rule: CompiledRule, state: RunState, context: RunContext): void {
  state.fired.push({ ruleId: rule.id, line: rule.reason(state, context) });
  for (const conditional of rule.flagsIf) {
    if (conditional.when(state, context)) for (const flag of conditional.flags) state.flags.push(flag);
  }
  const { programme, status, flags, followOn } = rule.effect;
  if (programme !== undefined) state.programme = programme;
  if (status !== undefined) state.status = status;
  if (flags) for (const flag of flags) state.flags.push(flag);
  if (followOn) for (const code of followOn) state.followOns.push(code);
  if (rule.decides) state.decidingRule = rule.id;
}

/** Fills derived fields not given by a column: the highest band of their source fields (blank when all are blank). */
export function withDerivedValues(
  compiled: CompiledPolicy,
  values: Record<string, FieldValue>,
): Record<string, FieldValue> {
  const filled: Record<string, FieldValue> = Object.create(values);
  for (const derived of compiled.derivedFields) {
    if (filled[derived.name] !== null) continue;
    let highest: string | null = null;
    for (const source of derived.sources) {
      const value = filled[source];
      if (typeof value !== "string" || !derived.rank.has(value)) continue;
      if (highest === null || (derived.rank.get(value) ?? 0) > (derived.rank.get(highest) ?? 0)) highest = value;
    }
    filled[derived.name] = highest;
  }
  return filled;
}
