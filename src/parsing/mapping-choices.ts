import type { Policy } from "../policies";
import { normaliseKey } from "./cell";
import { ColumnRole, headerLookup, MappingOverrides } from "./map-headers";

/** The choice that leaves a column unread. */
export const IGNORE_CHOICE = "ignore";

/** One choice for a column, as the pane's dropdown and `sotp --map` offer it. */
export interface MappingOption {
  /** What `MappingOverrides` stores: a field name, `item:<field>:<key>`, or `ignore`. */
  value: string;
  label: string;
}

/** The choices for a policy: each field, each yes/no item column of a list field, and "ignore". */
export function listMappingOptions(policy: Policy): MappingOption[] {
  const options: MappingOption[] = [{ value: IGNORE_CHOICE, label: "Ignore this column" }];
  /** For a field of a "one of these is required" group, the labels of the others. */
  const alternatives = (name: string) =>
    (policy.data.requiredOneOf ?? [])
      .filter((group) => group.includes(name))
      .flatMap((group) => group.filter((other) => other !== name))
      .map((other) => policy.fieldByName.get(other)?.label ?? other);
  for (const field of policy.fields) {
    if (field.kind === "derived" && field.headers.length === 0) continue;
    const others = alternatives(field.name);
    const required = field.requiredColumn ? " (required)" : others.length ? ` (or ${others.join(", ")})` : "";
    options.push({ value: field.name, label: `${field.label}${required}` });
    if (field.kind !== "list" || !field.itemColumns) continue;
    for (const item of policy.scales.get(field.scale) ?? []) {
      options.push({ value: `item:${field.name}:${item.key}`, label: `${field.label}: ${item.label} (yes/no)` });
    }
  }
  return options;
}

/** The choice that stands for a role. */
export function choiceForRole(role: ColumnRole): string {
  if (role.kind === "field") return role.field;
  if (role.kind === "item") return `item:${role.field}:${role.item}`;
  return IGNORE_CHOICE;
}

/** `(required)`, or `(or OSP/C)` for a field of a one-of-these-is-required group. */
const REQUIRED_MARK = / \((?:required|or [^)]*)\)$/;

/** The label of a choice (`Maintains innocence`, `Needs: SPC (yes/no)`), without the `(required)` mark. */
export function labelOfChoice(choice: string, policy: Policy): string {
  if (choice === IGNORE_CHOICE) return "ignored";
  const option = listMappingOptions(policy).find((o) => o.value === choice);
  return (option?.label ?? choice).replace(REQUIRED_MARK, "");
}

/** Drops saved choices the policy does not know (a choice saved under another policy). */
export function keepKnownOverrides(overrides: MappingOverrides, policy: Policy): MappingOverrides {
  const known = new Set(listMappingOptions(policy).map((option) => option.value));
  return Object.fromEntries(Object.entries(overrides).filter(([, choice]) => known.has(choice)));
}

/**
 * A choice typed by a person (`denial`, `Maintains innocence`, `Denies`, `SPC`, `ignore`): a choice's value or
 * label, or any header the policy accepts for the field, compared after normalising. Null when it names none.
 */
export function resolveMappingChoice(text: string, policy: Policy): string | null {
  const options = listMappingOptions(policy);
  const exact = options.find((option) => option.value === text.trim());
  if (exact) return exact.value;
  const key = normaliseKey(text);
  const role = headerLookup(policy).get(key);
  if (role && role.kind !== "output") return choiceForRole(role);
  const byLabel = options.find((option) => normaliseKey(option.label.replace(REQUIRED_MARK, "")) === key);
  return byLabel?.value ?? (key === normaliseKey(IGNORE_CHOICE) ? IGNORE_CHOICE : null);
}
