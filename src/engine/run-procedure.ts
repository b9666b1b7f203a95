import type { FieldValue } from "../parsing";
import { CompiledPolicy, CompiledRule, RunContext, RunState } from "./compile-policy";

/** Runs the policy's steps (3–8 of the foi-86525 procedure) once, for concrete field values. */
export function runProcedure(
  compiled: CompiledPolicy,
  values: Record<string, FieldValue>,
  context: RunContext,
): RunState {
  const state: RunState = {
    values,
    programme: null,
    status: null,
    flags: [],
    followOns: [],
    fired: [],
    decidingRule: null,
    termValues: [],
  };
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
    if (conditional.when(state, context)) state.flags.push(...conditional.flags);
  }
  const { programme, status, flags, followOn } = rule.effect;
  if (programme !== undefined) state.programme = programme;
  if (status !== undefined) state.status = status;
  if (flags) state.flags.push(...flags);
  if (followOn) state.followOns.push(...followOn);
  if (rule.decides) state.decidingRule = rule.id;
}
