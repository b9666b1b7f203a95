import { routeTable } from "../engine";
import type { RoutedTable } from "../engine";
import { accountForColumns, cellText, ColumnAccount, findHeaderRow, MappingOverrides } from "../parsing";
import type { Policy } from "../policies";
import { CliError } from "./cli-error";
import { formatColumnReport, lookAlikeWarnings } from "./column-report";
import { headerRowFor, overridesFor, parseMapOptions } from "./map-option";
import type { CohortFile } from "./read-cohort-file";

export type Routed = Extract<RoutedTable, { ok: true }>;

export interface CohortRunOptions {
  policy: Policy;
  asOf: number;
  /** `--map "HEADER=FIELD"` values. */
  map?: readonly string[];
  /** `--strict`: a look-alike warning stops the run. */
  strict?: boolean;
  /** Where the column report goes; standard error by default. */
  stderr?: NodeJS.WritableStream;
}

export interface CohortRun {
  policy: Policy;
  routed: Routed;
  columns: ColumnAccount[];
  overrides: MappingOverrides;
}

/**
 * Routes a cohort file's sheet with the `--map` choices, then says on stderr which column feeds which field and
 * warns about ignored columns that look like fields (with `--strict`, those warnings stop the run, exit 2).
 */
export function routeCohortFile(file: CohortFile, options: CohortRunOptions): CohortRun {
  const { policy } = options;
  const rows = file.sheet.rows;
  const { headerRow, overrides } = chooseColumns(file, options);
  const routed = routeTable(rows, { policy, asOf: options.asOf, overrides, headerRow });
  if (!routed.ok) throw new CliError(`${file.path}: ${routed.message}${whereRead(file, policy, headerRow)}`);
  const columns = reportColumns(file, routed, overrides, options);
  return { policy, routed, columns, overrides };
}

/** The `--map` choices: the header row they name (undefined without any) and the columns they map. */
export function chooseColumns(
  file: CohortFile,
  options: CohortRunOptions,
): { headerRow: number | undefined; overrides: MappingOverrides } {
  const rows = file.sheet.rows;
  const choices = parseMapOptions(options.map ?? [], options.policy);
  const headerRow = headerRowFor(rows, options.policy, choices);
  return { headerRow, overrides: headerRow === undefined ? {} : overridesFor(rows[headerRow], choices) };
}

/** The mapping problem as `sotp route` words it: the file, the problem, and where the headers were read. */
export function mappingProblemMessage(file: CohortFile, problem: string, options: CohortRunOptions, chosen?: number) {
  return `${file.path}: ${problem}${whereRead(file, options.policy, chosen)}`;
}

/** Says on stderr which column feeds which field, and warns about look-alikes (stopping the run with --strict). */
export function reportColumns(
  file: CohortFile,
  routed: Pick<Routed, "mapping" | "headerRow">,
  overrides: MappingOverrides,
  options: CohortRunOptions,
): ColumnAccount[] {
  const { policy } = options;
  const columns = accountForColumns(routed.mapping, policy, overrides);
  const where = `${describeSource(file)} (header row ${routed.headerRow + 1})`;
  const lines = formatColumnReport(columns, policy, where, overrides);
  const warnings = lookAlikeWarnings(columns, policy);
  (options.stderr ?? process.stderr).write([...lines, ...warnings.map((w) => `sotp: warning: ${w}`)].join("\n") + "\n");
  if (options.strict && warnings.length > 0) {
    const count =
      warnings.length === 1 ? "a column that looks like a field was" : `${warnings.length} such columns were`;
    throw new CliError(`--strict: ${count} ignored; map or ignore each with --map`);
  }
  return columns;
}

/** `x.csv`, or `x.xlsx, sheet "Cohort"`. */
export function describeSource(file: CohortFile): string {
  return file.kind === "xlsx" ? `${file.path}, sheet "${file.sheet.name}"` : file.path;
}

/** For a missing column: the row and sheet read, its headers, and the other sheets `--sheet` could choose. */
function whereRead(file: CohortFile, policy: Policy, chosenRow: number | undefined): string {
  const found = chosenRow ?? findHeaderRow(file.sheet.rows, policy);
  const row = Math.max(found, 0);
  const headers = (file.sheet.rows[row] ?? []).map(cellText).filter((h) => h !== "");
  const shown = headers.length > 0 ? headers.map((h) => `"${h}"`).join(", ") : "none";
  let text = `. Read row ${row + 1} of ${describeSource(file)}, headers found: ${shown}`;
  const names = file.workbook?.worksheets.map((s) => s.name) ?? file.sheetNames ?? [];
  const others = names.filter((name) => name !== file.sheet.name);
  if (others.length > 0)
    text += `. The workbook has other sheets (${others.map((n) => `"${n}"`).join(", ")}): choose one with --sheet`;
  return text;
}
