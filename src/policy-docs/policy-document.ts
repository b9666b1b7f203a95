import { describeFieldValues, listInWords } from "../parsing";
import type { EffectDefinition, Policy, ProgrammeDefinition, RuleDefinition } from "../policies";
import { describeCondition, termInWords } from "./describe-condition";

export interface DocTable {
  headers: string[];
  rows: string[][];
}

export interface DocSection {
  heading: string;
  text: string[];
  table?: DocTable;
  subsections?: DocSection[];
}

export interface PolicyDocument {
  title: string;
  text: string[];
  sections: DocSection[];
}

/** A policy's fields, rules and programme table as a document, from the policy data alone. */
export function buildPolicyDocument(policy: Policy): PolicyDocument {
  const { data } = policy;
  return {
    title: `Policy ${policy.stamp}: ${data.title}`,
    text: [
      `Generated from the policy data by \`sotp policy ${data.id} --format md\`; do not edit by hand. ` +
        `Every routed row's Policy column says \`${policy.stamp}\`.`,
    ],
    sections: [
      fieldsSection(policy),
      termsSection(policy),
      rulesSection(policy),
      programmesSection(policy),
      flagsSection(policy),
    ],
  };
}

function fieldsSection(policy: Policy): DocSection {
  const required = policy.fields.filter((f) => f.requiredColumn).map((f) => f.label);
  const label = (name: string) => policy.fieldByName.get(name)?.label ?? name;
  const oneOf = (policy.data.requiredOneOf ?? []).map((group) => listInWords(group.map(label)));
  return {
    heading: "Fields",
    text: [
      "Headers and values are compared after normalising: case, spaces and punctuation are ignored " +
        "(`Offence type`, `offence-type` and `OFFENCE_TYPE` are the same). Columns may be in any order; other " +
        "columns are ignored.",
      `Required columns: ${listInWords([...required, ...oneOf.map((g) => `at least one of ${g}`)], "and")}. ` +
        "A value that is not accepted makes the row Invalid, with a reason naming the field.",
    ],
    table: {
      headers: ["field", "headers accepted", "values"],
      rows: policy.fields.map((field) => [
        `${field.label} (\`${field.name}\`)${field.requiredColumn ? ", required" : ""}`,
        field.headers.length > 0 ? field.headers.join(", ") : "(computed, no column)",
        describeFieldValues(field, policy),
      ]),
    },
  };
}

function termsSection(policy: Policy): DocSection {
  return {
    heading: "Terms",
    text: ["Named conditions the rules use."],
    table: {
      headers: ["term", "means"],
      rows: Object.entries(policy.data.terms).map(([name, condition]) => [
        termInWords(name),
        describeCondition(condition, policy),
      ]),
    },
  };
}

function rulesSection(policy: Policy): DocSection {
  const { validation, statuses } = policy.data;
  return {
    heading: "Rules",
    text: [
      `${validation.invalidRule}: any value that is not accepted → Status ${statuses.invalid}.`,
      `${validation.incompleteRule}: a blank field that could change the outcome (every value it could take is tried) → Status ${statuses.incomplete}.`,
      `${validation.duplicateRule}: the same ID on more than one row → flag ${validation.duplicateFlag} on each.`,
      ...overrideRules(policy),
      "Then the steps below, in order. Each reason line starts with its rule ID; `{name}` shows the person's value.",
    ],
    subsections: policy.data.steps.map((step, index) => ({
      heading: `Step ${index + 1}: ${step.name}`,
      text: [
        (step.when ? `Only when ${describeCondition(step.when, policy)}. ` : "") +
          (step.mode === "first" ? "The first rule that applies, applies." : "Every rule that applies, applies.") +
          (step.decides === false ? " These rules never decide the row." : ""),
      ],
      table: {
        headers: ["rule", "when", "outcome", "reason"],
        rows: step.rules.map((rule) => [
          rule.id,
          describeCondition(rule.when, policy),
          describeEffect(rule.then, policy),
          reasonWithTag(rule.reason, rule.reconstructed, policy),
        ]),
      },
    })),
  };
}

/** O-0 and O-1, when the policy has overrides (overrides-and-planning.md section 1). */
function overrideRules(policy: Policy): string[] {
  const { overrides, statuses, noProgramme } = policy.data;
  if (!overrides) return [];
  const label = (name: string) => policy.fieldByName.get(name)?.label ?? name;
  const flags = overrides.programmeFlags.join(", ");
  return [
    `${overrides.missingReasonRule}: ${label(overrides.field)} filled in with ${label(overrides.reasonField)} blank → Status ${statuses.invalid} ("${overrides.missingReason}").`,
    `${overrides.rule}: ${label(overrides.field)} names a programme of this policy or ${noProgramme}, on a row that is not ${statuses.invalid} → ` +
      `the row is routed as usual, then Programme is the override, Status ${statuses.overridden}, flag ${overrides.flag}, ` +
      `no follow-on; the tier rule applies to the override programme; the policy's flags ${flags} are dropped and ` +
      `${listInWords(overrides.checks, "and")} are judged again on the override programme. Its reason line comes first: ` +
      `"${overrides.reason}", then the policy's own lines.`,
  ];
}

/** The reason template with the reconstructed tag: always, or with the condition under which it is added. */
function reasonWithTag(reason: string, reconstructed: RuleDefinition["reconstructed"], policy: Policy): string {
  const tag = policy.data.reconstructedTag;
  if (reconstructed === undefined || reconstructed === false) return reason;
  if (reconstructed === true) return `${reason} ${tag}`;
  return `${reason} (${tag} when ${describeCondition(reconstructed, policy)})`;
}

function describeEffect(effect: EffectDefinition, policy: Policy): string {
  const name = (code: string) => policy.programmeByCode.get(code)?.name ?? code;
  const parts: string[] = [];
  if (effect.programme !== undefined)
    parts.push(effect.programme === null ? policy.data.noProgramme : name(effect.programme));
  if (effect.status !== undefined) parts.push(`Status ${effect.status}`);
  if (effect.flags?.length) parts.push(`flag ${effect.flags.join(", ")}`);
  for (const extra of effect.flagsIf ?? [])
    parts.push(`flag ${extra.flags.join(", ")} when ${describeCondition(extra.when, policy)}`);
  if (effect.followOn?.length) parts.push(`follow-on ${effect.followOn.map(name).join(", ")}`);
  if (effect.stop) parts.push("stop");
  return parts.join("; ") || "(no change)";
}

function programmesSection(policy: Policy): DocSection {
  const settingsOf = (p: ProgrammeDefinition) => p.settings.join(", ");
  const perTier = (values: Record<string, number>) =>
    policy.data.tiers.order.map((tier) => (values[tier] === undefined ? "–" : String(values[tier]))).join(" / ");
  const minMonths = (p: ProgrammeDefinition) =>
    typeof p.minMonths === "number"
      ? String(p.minMonths)
      : Object.entries(p.minMonths)
          .map(([setting, months]) => `${setting} ${months}`)
          .join(", ");
  const tiers = policy.data.tiers.order.join(" / ");
  return {
    heading: "Programmes",
    text: ["Planning defaults: a capacity table overrides group size and groups a year."],
    table: {
      headers: [
        "code",
        "programme",
        "settings",
        "min months",
        "tiers offered",
        `sessions ${tiers}`,
        "group size",
        "groups a year",
        `weeks ${tiers}`,
      ],
      rows: policy.data.programmes.map((p) => [
        p.code,
        p.spellings?.length ? `${p.name} (also: ${p.spellings.join(", ")})` : p.name,
        settingsOf(p),
        minMonths(p),
        p.tiers.join(", "),
        perTier(p.sessions),
        String(p.groupSize),
        String(p.groupsPerYear),
        perTier(p.weeks),
      ]),
    },
  };
}

function flagsSection(policy: Policy): DocSection {
  return {
    heading: "Flags",
    text: ["In the order the Flags column lists them."],
    table: { headers: ["flag", "means"], rows: policy.data.flags.map((f) => [f.code, f.meaning]) },
  };
}
