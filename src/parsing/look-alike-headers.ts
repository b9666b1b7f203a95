import type { Policy } from "../policies";
import { normaliseKey } from "./cell";
import { headerLookup, HeaderMapping, MappingOverrides } from "./map-headers";
import { choiceForRole } from "./mapping-choices";

/** Spellings this short (`ld`, `iq`, `crd`) count only as whole words, so `World` does not look like LD. */
const WHOLE_WORD_AT_MOST = 3;

interface Spelling {
  key: string;
  choice: string;
}

const spellingsByPolicy = new WeakMap<Policy, Spelling[]>();

/** Every accepted header and every field's label, normalised, with the choice it stands for; longest first. */
function spellingsOf(policy: Policy): Spelling[] {
  let spellings = spellingsByPolicy.get(policy);
  if (spellings) return spellings;
  spellings = [];
  for (const [key, role] of headerLookup(policy)) {
    if (role.kind !== "output") spellings.push({ key, choice: choiceForRole(role) });
  }
  for (const field of policy.fields) spellings.push({ key: normaliseKey(field.label), choice: field.name });
  spellings = spellings.filter((s) => s.key !== "").sort((a, b) => b.key.length - a.key.length);
  spellingsByPolicy.set(policy, spellings);
  return spellings;
}

/** The header's words, normalised, and every run of consecutive words joined (`L.D. flag` → `l`, `ld`, `ldflag`…). */
function wordRuns(header: string): Set<string> {
  const words = header
    .split(/[^\p{L}\p{N}]+/u)
    .map(normaliseKey)
    .filter(Boolean);
  const runs = new Set<string>();
  for (let start = 0; start < words.length; start++) {
    let run = "";
    for (let end = start; end < words.length; end++) runs.add((run += words[end]));
  }
  return runs;
}

/**
 * The choices an unrecognised header looks like: it contains an accepted header or a field's label after normalising
 * (`Denies offence` ⊃ `denies`: denial; `Release (CRD)` ⊃ `crd`: release), best (longest spelling) first. Choices in
 * `taken` (fields another column already feeds) are left out: `Denies offence` also contains `offence`.
 */
export function lookAlikeChoices(header: string, policy: Policy, taken: ReadonlySet<string> = new Set()): string[] {
  const key = normaliseKey(header);
  if (key === "") return [];
  const runs = wordRuns(header);
  const found: string[] = [];
  for (const spelling of spellingsOf(policy)) {
    if (taken.has(spelling.choice) || found.includes(spelling.choice) || spelling.key === key) continue;
    const contained = spelling.key.length <= WHOLE_WORD_AT_MOST ? runs.has(spelling.key) : key.includes(spelling.key);
    if (contained) found.push(spelling.choice);
  }
  return found;
}

/** What one column of a header row feeds, and, when it is ignored, what it looks like. */
export interface ColumnAccount {
  column: number;
  header: string;
  /** A field name, `item:<field>:<key>`, `ignore`, or `output` (SOTP Router's own column from an earlier run). */
  choice: string;
  /** For an ignored column whose header looks like a field no other column feeds: those fields, best first. */
  lookAlike: string[];
}

/**
 * One account per column with a header: which field it feeds, or that it is ignored and what it may be (not for a
 * column the person chose to ignore in `overrides`).
 */
export function accountForColumns(
  mapping: HeaderMapping,
  policy: Policy,
  overrides: MappingOverrides = {},
): ColumnAccount[] {
  const taken = new Set(mapping.roles.filter((r) => r.kind === "field" || r.kind === "item").map(choiceForRole));
  const accounts: ColumnAccount[] = [];
  mapping.roles.forEach((role, column) => {
    const header = mapping.headers[column] ?? "";
    if (header === "") return;
    const choice = role.kind === "output" ? "output" : choiceForRole(role);
    const lookAlike =
      role.kind === "ignored" && overrides[column] === undefined ? lookAlikeChoices(header, policy, taken) : [];
    accounts.push({ column, header, choice, lookAlike });
  });
  return accounts;
}
