import { writeFileSync, mkdirSync, realpathSync, existsSync } from "node:fs";
import path from "node:path";
import { routeTable } from "../engine";
import { CliError } from "./cli-error";
import { resolveAsOf, resolvePolicy } from "./options";
import { outputTable } from "./output-table";
import { createProgress, endProgress } from "./progress";
import { fileKindOf, readCohortFile } from "./read-cohort-file";
import { toCsv } from "./write-csv";
import { toJson } from "./write-json";
import { addOutputsToWorksheet, workbookFromRows } from "./write-xlsx";

export interface RouteCommandOptions {
  sheet?: string;
  asOf?: string;
  policy?: string;
  output?: string;
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
  const progress = createProgress();
  progress(`reading ${input}`);
  const file = await readCohortFile(input, options.sheet);
  progress(`routing ${Math.max(file.sheet.rows.length - 1, 0)} rows`);
  const routed = routeTable(file.sheet.rows, { policy, asOf });
  if (!routed.ok) throw new CliError(`${input}: ${routed.message}`);
  progress(`writing ${options.output ?? "standard output"}`);
  if (outputKind === "xlsx") {
    const workbook = file.workbook ?? (await workbookFromRows(path.parse(input).name, file.sheet.rows));
    const sheet = file.workbook ? workbook.getWorksheet(file.sheet.name) : workbook.worksheets[0];
    if (!sheet) throw new CliError(`sheet ${file.sheet.name} vanished while writing`);
    addOutputsToWorksheet(sheet, file.sheet.rows, routed);
    mkdirSync(path.dirname(path.resolve(options.output as string)), { recursive: true });
    await workbook.xlsx.writeFile(options.output as string);
  } else {
    const text = outputKind === "json" ? toJson(file.sheet.rows, routed) : toCsv(outputTable(file.sheet.rows, routed));
    if (options.output === undefined) stdout.write(text);
    else {
      mkdirSync(path.dirname(path.resolve(options.output)), { recursive: true });
      writeFileSync(options.output, text);
    }
  }
  endProgress();
}

function outputKindOf(output: string): "csv" | "xlsx" | "json" {
  if (output.toLowerCase().endsWith(".json")) return "json";
  const kind = fileKindOf(output);
  if (kind === null) throw new CliError(`-o ${output}: expected a .csv, .xlsx or .json file name`);
  return kind;
}

function refuseToOverwriteInput(input: string, output: string): void {
  const same =
    path.resolve(input) === path.resolve(output) ||
    (existsSync(input) && existsSync(output) && realpathSync(input) === realpathSync(output));
  if (same) throw new CliError(`-o ${output} is the input file; sotp never writes over its input`);
}
