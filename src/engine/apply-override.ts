import type { Policy } from "../policies";
import type { FieldValue, ParsedRow } from "../parsing";
import { compilePolicy, CompiledRule, RunContext } from "./compile-policy";
import { createTierRule } from "./programme-tier";
import type { Decision, InvalidDecision } from "./decision";
import type { Router } from "./route-row";
import { withDerivedValues } from "./run-procedure";
import { freshRunState } from "./run-state";

/** An O-1 line quotes the reason on one line and at most this long, so it reads as a message (the cell keeps it all). */
export const MAX_REASON_SHOWN = 200;

/**
 * The override stage (overrides-and-planning.md section 1) around a router of the policy's own decisions: O-0 makes
 * a row Invalid, O-1 turns the policy's result into the manager's decision and keeps the policy's result beside it
 * (`computed`). The inner router never sees the difference, so results it shares or remembers stay valid.
 */
export function withOverrides(router: Router, asOf: number): Router {
  const stage = createOverrideStage(router.policy, { asOf, minimumDays: new Map() });
  if (stage === null) return router;
  const { data, stamp } = router.policy;
  const overrideField = (data.overrides as NonNullable<typeof data.overrides>).field;
  const overrideSlot = router.policy.fields.findIndex((field) => field.name === overrideField);
  return {
    policy: router.policy,
    routeRow(row) {
      // most rows have no override: the policy's own result as it is, without the stage's checks
      if (row.blank || (row.slots[overrideSlot] ?? null) === null) return router.routeRow(row);
      const missing = stage.missingReason(row);
      if (missing === null) return stage.apply(row, router.routeRow(row));
      // O-0 is part of V-1: after the row's V-1 lines, and deciding only when it is the one problem.
      if (row.problems.length > 0) return { ...(router.routeRow(row) as InvalidDecision), missingOverrideReason: true };
      const invalid: InvalidDecision = {
        kind: "invalid",
        programme: null,
        status: "invalid",
        tier: "",
        policy: stamp,
        rule: missing.rule,
        flags: [],
        followOn: [],
        problems: [],
        missingOverrideReason: true,
      };
      return invalid;
    },
  };
}

interface OverrideStage {
  /** O-0 (part of V-1) when the row has an override but no reason, else null. */
  missingReason(row: ParsedRow): { rule: string } | null;
  /** The final decision: the policy's own when the row has no override. */
  apply(row: ParsedRow, computed: Decision): Decision;
}

function createOverrideStage(policy: Policy, context: RunContext): OverrideStage | null {
  const { data } = policy;
  const overrides = data.overrides;
  if (!overrides) return null;
  const compiled = compilePolicy(policy);
  const tierFor = createTierRule(policy);
  const missing = { rule: overrides.missingReasonRule };
  const dropped = new Set(overrides.programmeFlags);
  const checks = compiled.steps.flatMap((step) => step.rules).filter((rule) => overrides.checks.includes(rule.id));
  const overrideOf = (row: ParsedRow): FieldValue => row.values[overrides.field] ?? null;

  return {
    missingReason(row) {
      if (overrideOf(row) === null) return null;
      return reasonText(row.values[overrides.reasonField]) === "" ? missing : null;
    },
    apply(row, computed) {
      const chosen = overrideOf(row);
      if (chosen === null || computed.status === "invalid") return computed;
      if (computed.kind !== "decided" && computed.kind !== "incomplete") return computed;
      const code = chosen === data.noProgramme ? null : String(chosen);
      const values = compiled.derivedFields.length ? withDerivedValues(compiled, row.values) : row.values;
      const flags = computed.flags.filter((flag) => !dropped.has(flag));
      flags.push(overrides.flag);
      if (code !== null) flags.push(...checkFlags(checks, code, values, context));
      return {
        kind: "overridden",
        programme: code,
        status: data.statuses.overridden === undefined ? computed.status : "overridden",
        tier: code === null ? "" : tierFor(code, values),
        policy: computed.policy,
        rule: overrides.rule,
        flags: inFlagOrder(flags, policy),
        followOn: [],
        managerReason: shownReason(reasonText(row.values[overrides.reasonField])),
        computed,
      };
    },
  };
}

/** The flags the check rules raise when judged on the override programme (their reason lines are not added). */
function checkFlags(
  checks: readonly CompiledRule[],
  programme: string,
  values: Record<string, FieldValue>,
  context: RunContext,
): string[] {
  const state = freshRunState(values, programme);
  for (const rule of checks) {
    if (!rule.when(state, context)) continue;
    state.flags.push(...(rule.effect.flags ?? []));
    for (const conditional of rule.flagsIf)
      if (conditional.when(state, context)) state.flags.push(...conditional.flags);
  }
  return state.flags;
}

function reasonText(value: FieldValue): string {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
}

function shownReason(text: string): string {
  return text.length > MAX_REASON_SHOWN ? `${text.slice(0, MAX_REASON_SHOWN)}…` : text;
}

/** Fills an O-0 or O-1 template's `{name}` placeholders (the presenter renders those lines). */
export function fillReason(template: string, parts: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => parts[name] ?? whole);
}

function inFlagOrder(flags: readonly string[], policy: Policy): string[] {
  const order = policy.flagOrder;
  return [...new Set(flags)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}
