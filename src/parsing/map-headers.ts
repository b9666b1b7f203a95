import type { FieldDefinition, Policy } from "../policies";
import { CellValue, cellText, normaliseKey } from "./cell";
import { OUTPUT_COLUMNS, OutputColumn } from "./output-columns";

/** What one input column feeds. */
export type ColumnRole =
  | { kind: "field"; field: string }
  /** A yes/no column for one item of a list field, e.g. a column headed `SPC` for the need SPC. */
  | { kind: "item"; field: string; item: string }
  /** One of SOTP Router's own output columns from an earlier run: replaced, never read. */
  | { kind: "output"; output: OutputColumn }
  | { kind: "ignored" };

export interface HeaderConflict {
  field: string;
  /** 0-based column indexes of the columns that map to the same field. */
  columns: number[];
}

export interface HeaderMapping {
  headers: string[];
  roles: ColumnRole[];
  /** Required fields with no column. */
  missingRequired: FieldDefinition[];
  /** Groups of fields of which the file needs at least one column, and has none. */
  missingOneOf: FieldDefinition[][];
  /** Fields fed by more than one column: the user must choose. */
  conflicts: HeaderConflict[];
}

/** A user's choice for one column, by 0-based index: a field name, `item:<field>:<key>`, or `ignore`. */
export type MappingOverrides = Readonly<Record<number, string>>;

/** The role each header spelling names, normalised; built once per policy. */
export function headerLookup(policy: Policy): Map<string, ColumnRole> {
  const lookup = new Map<string, ColumnRole>();
  for (const output of OUTPUT_COLUMNS) lookup.set(normaliseKey(output), { kind: "output", output });
  for (const field of policy.fields) {
    if (field.kind === "list" && field.itemColumns) {
      for (const value of policy.scales.get(field.scale) ?? []) {
        for (const spelling of [value.key, ...value.spellings]) {
          lookup.set(normaliseKey(spelling), { kind: "item", field: field.name, item: value.key });
        }
      }
    }
  }
  for (const field of policy.fields) {
    // a derived field without headers is computed only: no column (not even one named like the field) feeds it
    if (field.kind === "derived" && field.headers.length === 0) continue;
    for (const header of [field.name, ...field.headers])
      lookup.set(normaliseKey(header), { kind: "field", field: field.name });
  }
  return lookup;
}

/** Maps a header row to fields by the policy's synonyms (case, spaces and punctuation ignored). */
export function mapHeaders(
  headerCells: readonly CellValue[],
  policy: Policy,
  overrides: MappingOverrides = {},
): HeaderMapping {
  const lookup = headerLookup(policy);
  const headers = headerCells.map(cellText);
  const roles = headers.map((header, column): ColumnRole => {
    const override = overrides[column];
    if (override !== undefined) return roleFromOverride(override, policy);
    return lookup.get(normaliseKey(header)) ?? { kind: "ignored" };
  });
  const columnsByField = new Map<string, number[]>();
  roles.forEach((role, column) => {
    if (role.kind !== "field") return;
    columnsByField.set(role.field, [...(columnsByField.get(role.field) ?? []), column]);
  });
  const conflicts = [...columnsByField]
    .filter(([, columns]) => columns.length > 1)
    .map(([field, columns]) => ({ field, columns }));
  const missingRequired = policy.fields.filter((f) => f.requiredColumn && !columnsByField.has(f.name));
  const missingOneOf = (policy.data.requiredOneOf ?? [])
    .filter((names) => !names.some((name) => columnsByField.has(name)))
    .map((names) => names.flatMap((name) => policy.fieldByName.get(name) ?? []));
  return { headers, roles, missingRequired, missingOneOf, conflicts };
}

function roleFromOverride(choice: string, policy: Policy): ColumnRole {
  if (choice === "ignore") return { kind: "ignored" };
  const [prefix, field, item] = choice.split(":");
  if (prefix === "item" && field && item) return { kind: "item", field, item };
  if (policy.fieldByName.has(choice)) return { kind: "field", field: choice };
  throw new RangeError(`unknown mapping choice "${choice}"`);
}

/** The problem that stops a whole file, in one line, or null when the mapping can be used. */
export function describeMappingProblem(mapping: HeaderMapping, policy: Policy): string | null {
  const describe = (f: FieldDefinition) => `${f.label} (headers accepted: ${f.headers.join(", ")})`;
  if (mapping.missingRequired.length > 0) {
    const names = mapping.missingRequired.map(describe);
    return `missing required column${names.length > 1 ? "s" : ""}: ${names.join("; ")}`;
  }
  if (mapping.missingOneOf.length > 0) {
    const groups = mapping.missingOneOf.map((group) => group.map(describe).join(" or "));
    return `missing required column: at least one of ${groups.join("; and at least one of ")}`;
  }
  if (mapping.conflicts.length > 0) {
    const parts = mapping.conflicts.map((c) => {
      const label = policy.fieldByName.get(c.field)?.label ?? c.field;
      return `${c.columns.map((i) => `"${mapping.headers[i]}"`).join(" and ")} both map to ${label}`;
    });
    return `conflicting columns: ${parts.join("; ")}; keep one of them or rename the other`;
  }
  return null;
}

export const HEADER_SCAN_ROWS = 20;

/**
 * The index of the header row among the first rows: the one naming the most known columns (at least two, and at
 * least one required field), or -1.
 */
export function findHeaderRow(rows: readonly (readonly CellValue[])[], policy: Policy): number {
  const lookup = headerLookup(policy);
  const required = new Set(policy.fields.filter((f) => f.requiredColumn).map((f) => f.name));
  for (const group of policy.data.requiredOneOf ?? []) for (const name of group) required.add(name);
  let best = -1;
  let bestScore = 1;
  rows.slice(0, HEADER_SCAN_ROWS).forEach((row, index) => {
    const roles = row.map((cell) => lookup.get(normaliseKey(cellText(cell))));
    const known = roles.filter((role) => role && role.kind !== "output").length;
    const hasRequired = roles.some((role) => role?.kind === "field" && required.has(role.field));
    if (hasRequired && known > bestScore) {
      best = index;
      bestScore = known;
    }
  });
  return best;
}
