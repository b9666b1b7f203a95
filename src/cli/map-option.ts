import {
  CellValue,
  cellText,
  findHeaderRow,
  listMappingOptions,
  MappingOverrides,
  normaliseKey,
  resolveMappingChoice,
} from "../parsing";
import type { Policy } from "../policies";
import { CliError } from "./cli-error";

/** One `--map "HEADER=CHOICE"`. */
export interface ColumnChoice {
  header: string;
  choice: string;
}

const HEADER_SCAN_ROWS = 20;

/** Parses the `--map` values; the last `=` splits, so a header may hold `=` itself. */
export function parseMapOptions(values: readonly string[], policy: Policy): ColumnChoice[] {
  return values.map((value) => {
    const split = value.lastIndexOf("=");
    const header = value.slice(0, split).trim();
    const typed = value.slice(split + 1).trim();
    if (split < 0 || header === "" || typed === "")
      throw new CliError(`--map "${value}": expected "HEADER=FIELD", e.g. --map "Denies offence=denial"`);
    const choice = resolveMappingChoice(typed, policy);
    if (choice === null) {
      const names = listMappingOptions(policy).map((o) => o.value);
      throw new CliError(`--map "${value}": "${typed}" is not a field of ${policy.stamp} (choose ${names.join(", ")})`);
    }
    return { header, choice };
  });
}

const holdsAll = (row: readonly CellValue[], keys: readonly string[]) => {
  const headers = new Set(row.map((cell) => normaliseKey(cellText(cell))));
  return keys.every((key) => headers.has(key));
};

/**
 * The header row: the one the synonyms find, when it holds every `--map` header; else the first of the first 20 rows
 * that holds them all (mapping by hand can supply a required column the synonyms miss). Undefined without `--map`.
 */
export function headerRowFor(
  rows: readonly (readonly CellValue[])[],
  policy: Policy,
  choices: readonly ColumnChoice[],
) {
  if (choices.length === 0) return undefined;
  const keys = choices.map((c) => normaliseKey(c.header));
  const found = findHeaderRow(rows, policy);
  if (found >= 0 && holdsAll(rows[found], keys)) return found;
  const index = rows.slice(0, HEADER_SCAN_ROWS).findIndex((row) => holdsAll(row, keys));
  if (index >= 0) return index;
  const row = rows[Math.max(found, 0)] ?? [];
  const missing = choices.filter((c) => !holdsAll(row, [normaliseKey(c.header)])).map((c) => `"${c.header}"`);
  const headers = row.map(cellText).filter(Boolean);
  throw new CliError(
    `--map: no header row has ${missing.join(", ")} (headers of row ${Math.max(found, 0) + 1}: ${headers.join(", ")})`,
  );
}

/** The `--map` choices as overrides of the columns of the header row (headers compared after normalising). */
export function overridesFor(headerCells: readonly CellValue[], choices: readonly ColumnChoice[]): MappingOverrides {
  const overrides: Record<number, string> = {};
  for (const { header, choice } of choices) {
    const key = normaliseKey(header);
    const columns = headerCells.flatMap((cell, column) => (normaliseKey(cellText(cell)) === key ? [column] : []));
    if (columns.length > 1) throw new CliError(`--map "${header}=…": ${columns.length} columns have that header`);
    overrides[columns[0]] = choice;
  }
  return overrides;
}
