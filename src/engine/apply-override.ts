import type { Policy } from "../policies";
import type { FieldValue, ParsedRow } from "../parsing";
import { compilePolicy, CompiledRule, RunContext, RunState } from "./compile-policy";
import { createTierRule } from "./programme-tier";
import type { RouteResult, Router } from "./route-row";
import { withDerivedValues } from "./run-procedure";

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
  return {
    policy: router.policy,
    routeRow(row) {
      // most rows have no override: the policy's own result as it is, without the stage's checks
      if (row.blank || (row.values[overrideField] ?? null) === null) return router.routeRow(row);
      const missing = stage.missingReason(row);
      if (missing === null) return stage.apply(row, router.routeRow(row));
      // O-0 is part of V-1: after the row's V-1 lines, and deciding only when it is the one problem.
      if (row.problems.length > 0) {
        const invalid = router.routeRow(row);
        return { ...invalid, reasons: [...invalid.reasons, missing.line] };
      }
      return {
        programme: data.noProgramme,
        programmeCode: null,
        status: data.statuses.invalid,
        tier: "",
        flags: [],
        followOn: [],
        reasons: [missing.line],
        decidingRule: missing.rule,
        policy: stamp,
      };
    },
  };
}

interface OverrideStage {
  /** O-0 (part of V-1) when the row has an override but no reason, else null. */
  missingReason(row: ParsedRow): { rule: string; line: string } | null;
  /** The final result: the policy's own when the row has no override. */
  apply(row: ParsedRow, computed: RouteResult): RouteResult;
}

function createOverrideStage(policy: Policy, context: RunContext): OverrideStage | null {
  const { data } = policy;
  const overrides = data.overrides;
  if (!overrides) return null;
  const compiled = compilePolicy(policy);
  const tierFor = createTierRule(policy);
  const reasonLabel = policy.fieldByName.get(overrides.reasonField)?.label ?? overrides.reasonField;
  const missing = {
    rule: overrides.missingReasonRule,
    line: `${overrides.missingReasonRule}: ${fillReason(overrides.missingReason, { reasonField: reasonLabel })}`,
  };
  const dropped = new Set(overrides.programmeFlags);
  const checks = compiled.steps.flatMap((step) => step.rules).filter((rule) => overrides.checks.includes(rule.id));
  const programmeName = (code: string | null) =>
    code === null ? data.noProgramme : (policy.programmeByCode.get(code)?.name ?? code);
  const overrideOf = (row: ParsedRow): FieldValue => row.values[overrides.field] ?? null;

  return {
    missingReason(row) {
      if (overrideOf(row) === null) return null;
      return reasonText(row.values[overrides.reasonField]) === "" ? missing : null;
    },
    apply(row, computed) {
      const chosen = overrideOf(row);
      if (chosen === null || computed.status === data.statuses.invalid) return computed;
      const code = chosen === data.noProgramme ? null : String(chosen);
      const values = compiled.derivedFields.length ? withDerivedValues(compiled, row.values) : row.values;
      const flags = computed.flags.filter((flag) => !dropped.has(flag));
      flags.push(overrides.flag);
      if (code !== null) flags.push(...checkFlags(checks, code, values, context));
      const line = fillReason(overrides.reason, {
        override: programmeName(code),
        programme: computed.programme,
        status: computed.status,
        reason: shownReason(reasonText(row.values[overrides.reasonField])),
      });
      return {
        programme: programmeName(code),
        programmeCode: code,
        status: data.statuses.overridden ?? computed.status,
        tier: code === null ? "" : tierFor(code, values),
        flags: inFlagOrder(flags, policy),
        followOn: [],
        reasons: [`${overrides.rule}: ${line}`, ...computed.reasons],
        decidingRule: overrides.rule,
        policy: computed.policy,
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
  const state: RunState = {
    values,
    programme,
    status: null,
    flags: [],
    followOns: [],
    fired: [],
    decidingRule: null,
    termValues: [],
  };
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

function fillReason(template: string, parts: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => parts[name] ?? whole);
}

function inFlagOrder(flags: readonly string[], policy: Policy): string[] {
  const order = policy.flagOrder;
  return [...new Set(flags)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}
