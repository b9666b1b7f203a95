import { checkRules } from "./check-conditions";
import { checkOverrides } from "./check-overrides";
import type { FieldDefinition, PolicyData, ScaleValue } from "./policy-schema";

export { REASON_PLACEHOLDERS } from "./check-conditions";

/** The lookups the consistency checks need (a subset of Policy, to avoid a cycle with load-policy). */
export interface PolicyLookups {
  data: PolicyData;
  fieldByName: ReadonlyMap<string, FieldDefinition>;
  scales: ReadonlyMap<string, readonly ScaleValue[]>;
  programmeByCode: ReadonlyMap<string, unknown>;
  flagOrder: ReadonlyMap<string, number>;
}

type Need = (ok: boolean, message: string) => void;

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** Every cross-reference problem of a schema-valid policy, in words; empty when the policy is consistent. */
export function checkPolicy(policy: PolicyLookups): string[] {
  const { data } = policy;
  const problems: string[] = [];
  const need: Need = (ok, message) => {
    if (!ok) problems.push(message);
  };
  for (const [what, names] of [
    ["field", data.fields.map((f) => f.name)],
    ["programme code", data.programmes.map((p) => p.code)],
    ["flag", data.flags.map((f) => f.code)],
  ] as const) {
    const seen = new Set<string>();
    for (const name of names) {
      need(!seen.has(name), `duplicate ${what} ${name}`);
      seen.add(name);
    }
  }
  checkFields(policy, need);
  for (const [role, name] of Object.entries(data.roles)) {
    if (name !== undefined) need(policy.fieldByName.has(name), `roles.${role}: unknown field ${name}`);
  }
  checkTiers(policy, need);
  checkProgrammes(policy, need);
  checkRules(policy, need);
  checkOverrides(policy, need);
  for (const rule of [data.validation.invalidRule, data.validation.incompleteRule, data.validation.duplicateRule]) {
    need(/^[A-Z]+-\d+$/.test(rule), `validation: "${rule}" is not a rule ID such as V-1`);
  }
  need(
    policy.flagOrder.has(data.validation.duplicateFlag),
    `validation: unknown flag ${data.validation.duplicateFlag}`,
  );
  return problems;
}

function checkFields(policy: PolicyLookups, need: Need): void {
  const { data } = policy;
  const scaleKeys = (name: string) => new Set((policy.scales.get(name) ?? []).map((v) => v.key));
  const headerOwner = new Map<string, string>();
  for (const field of data.fields) {
    const headers = field.kind === "derived" && field.headers.length === 0 ? [] : [field.name, ...field.headers];
    for (const header of new Set(headers.map(normalise))) {
      const owner = headerOwner.get(header);
      need(owner === undefined, `header "${header}" belongs to both ${owner} and ${field.name}`);
      headerOwner.set(header, field.name);
    }
    if ("scale" in field) need(policy.scales.has(field.scale), `field ${field.name}: unknown scale ${field.scale}`);
    if (field.kind === "list" && field.alsoScale !== undefined) {
      need(policy.scales.has(field.alsoScale), `field ${field.name}: unknown scale ${field.alsoScale}`);
      const first = new Set((policy.scales.get(field.scale) ?? []).flatMap(spellingsOf));
      for (const spelling of (policy.scales.get(field.alsoScale) ?? []).flatMap(spellingsOf))
        need(!first.has(spelling), `field ${field.name}: "${spelling}" is spelled in both of its scales`);
    }
    if (field.kind === "scoreOrChoice") {
      for (const band of field.scoreBands)
        need(scaleKeys(field.scale).has(band.key), `field ${field.name}: unknown band ${band.key}`);
    }
    if (field.kind === "derived") {
      for (const source of field.highestOf) {
        const sourceField = data.fields.find((f) => f.name === source);
        const sameScale = sourceField && "scale" in sourceField && sourceField.kind !== "list";
        need(Boolean(sameScale), `field ${field.name}: ${source} is not a choice or score field`);
      }
    }
    if (field.kind === "choice" && field.default !== undefined) {
      need(
        scaleKeys(field.scale).has(field.default),
        `field ${field.name}: default ${field.default} is not on its scale`,
      );
    }
  }
  for (const group of data.requiredOneOf ?? []) {
    for (const name of group) {
      const field = policy.fieldByName.get(name);
      need(field !== undefined, `requiredOneOf: unknown field ${name}`);
      need(!field?.requiredColumn, `requiredOneOf: ${name} is a required column on its own`);
    }
  }
}

function spellingsOf(value: ScaleValue): string[] {
  return [value.key, value.label, ...value.spellings].map(normalise);
}

function checkTiers(policy: PolicyLookups, need: Need): void {
  const { data } = policy;
  const tiers = new Set(data.tiers.order);
  const sourceName = data.roles.tierSource;
  if (sourceName === undefined) {
    need(data.tiers.fromScale === undefined, "tiers.fromScale needs roles.tierSource");
    for (const programme of data.programmes) {
      need(programme.tiers.length === 1, `programme ${programme.code}: without roles.tierSource it needs one tier`);
    }
    return;
  }
  const source = policy.fieldByName.get(sourceName);
  const sourceScale = source && "scale" in source && source.kind !== "list" ? source.scale : undefined;
  need(sourceScale !== undefined, `roles.tierSource: ${sourceName} is not a choice or score field`);
  need(data.tiers.fromScale !== undefined, "roles.tierSource needs tiers.fromScale");
  const sourceKeys = new Set((policy.scales.get(sourceScale ?? "") ?? []).map((v) => v.key));
  for (const [key, tier] of Object.entries(data.tiers.fromScale ?? {})) {
    need(tiers.has(tier), `tiers.fromScale.${key}: unknown tier ${tier}`);
    need(sourceKeys.has(key), `tiers.fromScale.${key}: not on the ${sourceScale} scale`);
  }
}

function checkProgrammes(policy: PolicyLookups, need: Need): void {
  const { data } = policy;
  const tiers = new Set(data.tiers.order);
  const settingField = data.roles.setting ? policy.fieldByName.get(data.roles.setting) : undefined;
  const settings =
    settingField && "scale" in settingField
      ? new Set((policy.scales.get(settingField.scale) ?? []).map((v) => v.key))
      : null;
  const spellingOwner = new Map<string, string>();
  for (const programme of data.programmes) {
    for (const spelling of new Set([programme.code, programme.name, ...(programme.spellings ?? [])].map(normalise))) {
      const owner = spellingOwner.get(spelling);
      need(owner === undefined, `programme ${programme.code}: "${spelling}" also names ${owner}`);
      spellingOwner.set(spelling, programme.code);
    }
    for (const tier of programme.tiers) need(tiers.has(tier), `programme ${programme.code}: unknown tier ${tier}`);
    for (const setting of programme.settings) {
      need(!settings || settings.has(setting), `programme ${programme.code}: unknown setting ${setting}`);
    }
    if (typeof programme.minMonths !== "number") {
      for (const setting of programme.settings) {
        need(setting in programme.minMonths, `programme ${programme.code}: minMonths has no value for ${setting}`);
      }
      for (const setting of Object.keys(programme.minMonths)) {
        need(!settings || settings.has(setting), `programme ${programme.code}: minMonths for unknown ${setting}`);
      }
    }
  }
}
