import { columnLetters } from "../excel/cell-address";
import {
  accountForColumns,
  choiceForRole,
  HeaderMapping,
  IGNORE_CHOICE,
  labelOfChoice,
  mapHeaders,
  MappingOverrides,
} from "../parsing";
import type { CellValue } from "../parsing";
import type { Policy } from "../policies";

// The choices themselves are parsing's (the pane's dropdown and `sotp --map` offer the same ones).
export { choiceForRole, IGNORE_CHOICE, keepKnownOverrides, listMappingOptions } from "../parsing";
export type { MappingOption } from "../parsing";

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
  /** For an ignored column whose header looks like a field no column feeds: those fields' labels, best first. */
  lookAlike: string[];
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
  const lookAlike = new Map(
    accountForColumns(mapping, policy, overrides).map((a) => [
      a.column,
      a.lookAlike.map((c) => labelOfChoice(c, policy)),
    ]),
  );
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
      lookAlike: lookAlike.get(column) ?? [],
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
