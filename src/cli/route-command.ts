import { mkdirSync } from "node:fs";
import path from "node:path";
import { countStatuses } from "../engine";
import type { Policy } from "../policies";
import { CliError } from "./cli-error";
import { openOutput, openPipelinedOutput, refuseToOverwriteInput } from "./output-target";
import { checkInputFile, checkSheetOption, resolveAsOf, resolvePolicy, resolveThreads } from "./options";
import { outputRows } from "./output-table";
import { createProgress, endProgress } from "./progress";
import { CohortFile, fileKindOf, readCohortFile } from "./read-cohort-file";
import { CohortRunOptions, routeCohortFile } from "./route-cohort-file";
import { readCohortPackage } from "./xlsx-cohort-reader";
import { canWriteInPlace, writeXlsxInPlace } from "./write-xlsx-in-place";
import { writeCsvChunks } from "./write-csv";
import { sniffSeparator } from "./csv-separator";
import { routeCsvStream, StreamOptions } from "./route-csv-stream";
import { toJson } from "./write-json";
import { addOutputsToWorksheet, workbookFromRows } from "./write-xlsx";

export interface RouteCommandOptions {
  sheet?: string;
  asOf?: string;
  policy?: string;
  output?: string;
  map?: string[];
  strict?: boolean;
  threads?: string;
}

/** `sotp route`: routes a cohort file and writes CSV (stdout or file), XLSX or JSON. */
export async function runRouteCommand(
  input: string,
  options: RouteCommandOptions,
  stdout: NodeJS.WritableStream,
): Promise<void> {
  const policy = resolvePolicy(options.policy);
  const asOf = resolveAsOf(options.asOf);
  const outputKind = options.output === undefined ? "csv" : outputKindOf(options.output);
  if (options.output !== undefined) refuseToOverwriteInput(input, options.output);
  checkInputFile(input);
  checkSheetOption(input, options.sheet, fileKindOf(input));
  const progress = createProgress();
  progress(`reading ${input}`);
  if (fileKindOf(input) === "csv" && outputKind === "csv") {
    const threads = resolveThreads(options.threads);
    const settings = { policy, asOf, map: options.map, strict: options.strict, progress, threads };
    await routeCsvToCsv(input, settings, options.output, stdout);
    return;
  }
  if (fileKindOf(input) === "xlsx" && outputKind === "xlsx") {
    const settings = { policy, asOf, map: options.map, strict: options.strict };
    if (await routeXlsxInPlace(input, options.sheet, settings, options.output as string)) return;
  }
  const file = await readCohortFile(input, options.sheet);
  progress(`routing ${Math.max(file.sheet.rows.length - 1, 0)} rows`);
  endProgress();
  const run = routeCohortFile(file, { policy, asOf, map: options.map, strict: options.strict });
  const { routed } = run;
  progress(`writing ${options.output ?? "standard output"}`);
  if (outputKind === "xlsx") {
    const workbook = file.workbook ?? (await workbookFromRows(path.parse(input).name, file.sheet.rows));
    const sheet = file.workbook ? workbook.getWorksheet(file.sheet.name) : workbook.worksheets[0];
    if (!sheet) throw new CliError(`sheet ${file.sheet.name} vanished while writing`);
    addOutputsToWorksheet(sheet, file.sheet.rows, routed, policy);
    mkdirSync(path.dirname(path.resolve(options.output as string)), { recursive: true });
    await workbook.xlsx.writeFile(options.output as string);
  } else {
    const target = openOutput(options.output, stdout);
    try {
      if (outputKind === "json") target.write(toJson(file.sheet.rows, run, { asOf, sheet: file.sheet.name }));
      else writeCsvChunks(outputRows(file.sheet.rows, routed), target.write);
    } finally {
      target.close();
    }
  }
  endProgress();
  if (options.output !== undefined) {
    process.stderr.write(`sotp: ${describeRun(countStatuses(routed.results), policy, options.output)}\n`);
  }
}

/**
 * XLSX to XLSX by editing the package (see write-xlsx-in-place); false when the workbook needs the exceljs path (a
 * table on the sheet, old output columns, a package the part reader cannot take apart).
 */
async function routeXlsxInPlace(
  input: string,
  sheet: string | undefined,
  settings: CohortRunOptions,
  output: string,
): Promise<boolean> {
  const read = await readCohortPackage(input, sheet);
  if (!read.ok) return false;
  const { cohort } = read;
  const file: CohortFile = {
    kind: "xlsx",
    path: input,
    sheet: { name: cohort.sheetName, rows: cohort.rows },
    sheetNames: cohort.sheetNames,
  };
  const progress = createProgress();
  progress(`routing ${Math.max(cohort.rows.length - 1, 0)} rows`);
  endProgress();
  const { routed } = routeCohortFile(file, settings);
  if (!canWriteInPlace(cohort, routed)) return false;
  progress(`writing ${output}`);
  await writeXlsxInPlace(cohort, routed, output, settings.policy);
  endProgress();
  process.stderr.write(`sotp: ${describeRun(countStatuses(routed.results), settings.policy, output)}\n`);
  return true;
}

/** CSV to CSV, streamed (see route-csv-stream): the same bytes as routing the whole file, in bounded memory. */
async function routeCsvToCsv(
  input: string,
  settings: StreamOptions,
  output: string | undefined,
  stdout: NodeJS.WritableStream,
): Promise<void> {
  const separator = sniffSeparator(input);
  const target = openPipelinedOutput(output, stdout);
  let counts: Record<string, number>;
  try {
    settings.progress(`writing ${output ?? "standard output"}`);
    counts = (await routeCsvStream(input, separator, settings, target.write)).statusCounts;
  } finally {
    await target.close();
  }
  endProgress();
  if (output !== undefined) process.stderr.write(`sotp: ${describeRun(counts, settings.policy, output)}\n`);
}

/** `routed 500 rows into out.xlsx: Recommended 226, Not commissioned 143, …` (counted by status key). */
function describeRun(counts: Readonly<Record<string, number>>, policy: Policy, output: string): string {
  const statuses = policy.data.statuses as Readonly<Record<string, string>>;
  const routed = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const shown = Object.entries(counts).map(([key, n]) => `${statuses[key] ?? key} ${n}`);
  return `routed ${routed} rows into ${output}: ${shown.join(", ")}`;
}

function outputKindOf(output: string): "csv" | "xlsx" | "json" {
  const extension = path.extname(output).toLowerCase();
  if (extension === ".json" || extension === ".csv" || extension === ".xlsx") return extension.slice(1) as "json";
  throw new CliError(`-o ${output}: expected a .csv, .xlsx or .json file name`);
}
