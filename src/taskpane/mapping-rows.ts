import { columnLetters } from "../excel/cell-address";
import { ColumnRole, HeaderMapping, mapHeaders, MappingOverrides } from "../parsing";
import type { CellValue } from "../parsing";
import type { Policy } from "../policies";

export const IGNORE_CHOICE = "ignore";

/** One entry of a column's mapping dropdown. */
export interface MappingOption {
  value: string;
  label: string;
}

/** One input column of the cohort as the pane shows it. */
export interface MappingRow {
  /** 0-based index within the cohort's header row (the key of `MappingOverrides`). */
  column: number;
  /** The sheet column letter, e.g. `C`. */
  letter: string;
  header: string;
  choice: string;
  /** The user picked this, rather than the header synonyms. */
  corrected: boolean;
  /** Another column feeds the same field. */
  conflict: boolean;
}

export interface MappingView {
  rows: MappingRow[];
  /** Labels of required fields no column feeds. */
  missingRequired: string[];
  /** How many columns are ignored. */
  ignoredCount: number;
  /** How many columns hold SOTP Router's own outputs from an earlier run (not listed in `rows`). */
  outputColumnCount: number;
  mapping: HeaderMapping;
}

/** The dropdown choices for a policy: each field, each yes/no item column of a list field, and "ignore". */
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

/** The dropdown value that stands for a role. */
export function choiceForRole(role: ColumnRole): string {
  if (role.kind === "field") return role.field;
  if (role.kind === "item") return `item:${role.field}:${role.item}`;
  return IGNORE_CHOICE;
}

/** Drops saved choices the policy does not know (a choice saved under another policy). */
export function keepKnownOverrides(overrides: MappingOverrides, policy: Policy): MappingOverrides {
  const known = new Set(listMappingOptions(policy).map((option) => option.value));
  return Object.fromEntries(Object.entries(overrides).filter(([, choice]) => known.has(choice)));
}

/**
 * The overrides after the user picks `choice` for `column`: a choice that matches what the headers give on their own
 * is not stored, so a later synonym fix still applies.
 */
export function chooseMapping(
  headerCells: readonly CellValue[],
  policy: Policy,
  overrides: MappingOverrides,
  column: number,
  choice: string,
): MappingOverrides {
  const automatic = choiceForRole(mapHeaders(headerCells, policy).roles[column]);
  const next: Record<number, string> = { ...overrides };
  if (choice === automatic) delete next[column];
  else next[column] = choice;
  return next;
}

/** The mapping as the pane lists it. */
export function describeMapping(
  headerCells: readonly CellValue[],
  firstColumn: number,
  policy: Policy,
  overrides: MappingOverrides,
): MappingView {
  const mapping = mapHeaders(headerCells, policy, overrides);
  const conflicting = new Set(mapping.conflicts.flatMap((conflict) => conflict.columns));
  const rows: MappingRow[] = [];
  let outputColumnCount = 0;
  mapping.roles.forEach((role, column) => {
    if (role.kind === "output") {
      outputColumnCount++;
      return;
    }
    rows.push({
      column,
      letter: columnLetters(firstColumn + column),
      header: mapping.headers[column],
      choice: choiceForRole(role),
      corrected: overrides[column] !== undefined,
      conflict: conflicting.has(column),
    });
  });
  return {
    rows,
    missingRequired: [
      ...mapping.missingRequired.map((field) => field.label),
      ...mapping.missingOneOf.map((group) => group.map((field) => field.label).join(" or ")),
    ],
    ignoredCount: rows.filter((row) => row.choice === IGNORE_CHOICE).length,
    outputColumnCount,
    mapping,
  };
}
