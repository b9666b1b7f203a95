import type { PolicyLookups } from "./check-policy";

/** Placeholders the O-1 reason may use: the override programme, the policy's own programme and status, the reason. */
export const OVERRIDE_REASON_PLACEHOLDERS = ["override", "programme", "status", "reason"];
/** Placeholders the O-0 reason may use: the label of the reason field. */
export const MISSING_REASON_PLACEHOLDERS = ["reasonField"];

const RULE_ID = /^[A-Z]+-\d+$/;
const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** The cross-reference problems of a policy's `overrides` part (none when the policy has none). */
export function checkOverrides(policy: PolicyLookups, need: (ok: boolean, message: string) => void): void {
  const { data } = policy;
  const overrides = data.overrides;
  if (!overrides) return;
  need(data.statuses.overridden !== undefined, "overrides: statuses.overridden is missing");
  const field = policy.fieldByName.get(overrides.field);
  need(
    field?.kind === "choice" && field.scale === "programmesOrNone",
    `overrides.field: ${overrides.field} is not a choice field on the programmesOrNone scale`,
  );
  need(
    policy.fieldByName.get(overrides.reasonField)?.kind === "text",
    `overrides.reasonField: ${overrides.reasonField} is not a text field`,
  );
  for (const [part, rule] of [
    ["rule", overrides.rule],
    ["missingReasonRule", overrides.missingReasonRule],
  ]) {
    need(RULE_ID.test(rule), `overrides.${part}: "${rule}" is not a rule ID such as O-1`);
  }
  need(policy.flagOrder.has(overrides.flag), `overrides.flag: unknown flag ${overrides.flag}`);
  for (const flag of overrides.programmeFlags) {
    need(policy.flagOrder.has(flag), `overrides.programmeFlags: unknown flag ${flag}`);
    need(flag !== overrides.flag, `overrides.programmeFlags: ${flag} is the override flag itself`);
  }
  const rules = data.steps.flatMap((step) => step.rules);
  for (const id of overrides.checks) {
    const found = rules.filter((rule) => rule.id === id);
    need(found.length > 0, `overrides.checks: unknown rule ${id}`);
    for (const rule of found) {
      const { programme, status, stop } = rule.then;
      need(
        programme === undefined && status === undefined && stop === undefined,
        `overrides.checks: rule ${id} sets the programme, the status or stop: only a check can be judged again`,
      );
    }
  }
  checkPlaceholders("reason", overrides.reason, OVERRIDE_REASON_PLACEHOLDERS, need);
  checkPlaceholders("missingReason", overrides.missingReason, MISSING_REASON_PLACEHOLDERS, need);
  const none = normalise(data.noProgramme);
  for (const programme of policy.scales.get("programmes") ?? []) {
    need(
      [programme.key, ...programme.spellings].every((spelling) => normalise(spelling) !== none),
      `overrides: programme ${programme.key} is spelled like ${data.noProgramme}, so an override could not tell them apart`,
    );
  }
}

function checkPlaceholders(
  part: string,
  template: string,
  known: readonly string[],
  need: (ok: boolean, message: string) => void,
): void {
  for (const [, placeholder] of template.matchAll(/\{(\w+)\}/g)) {
    need(known.includes(placeholder), `overrides.${part}: unknown placeholder {${placeholder}}`);
  }
}
