import { existsSync, mkdirSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { changedCount, compareTable, comparisonRows, transitionCells, transitionTable } from "../compare";
import { formatDay } from "../parsing";
import { addChartToXlsx } from "./add-chart-to-xlsx";
import { CliError } from "./cli-error";
import { resolveAsOf, resolvePolicy } from "./options";
import { createProgress, endProgress } from "./progress";
import { tableWidth } from "./output-table";
import { fileKindOf, readCohortFile } from "./read-cohort-file";
import { formatTextTable } from "./text-table";
import { addComparisonSheet, addComparisonToWorksheet, COMPARISON_SHEET } from "./write-comparison-xlsx";
import { toCsv, writeCsvChunks } from "./write-csv";
import { workbookFromRows } from "./write-xlsx";

export interface CompareCommandOptions {
  sheet?: string;
  asOf?: string;
  from: string;
  to: string;
  output?: string;
  format?: string;
}

/**
 * `sotp compare`: routes a cohort under two policies (spec section 7). With `-o`: the per-row comparison as CSV or
 * XLSX (plus a Comparison sheet with the transition table and a chart). Without `-o`, or with `--format`: the
 * transition table on standard output.
 */
export async function runCompareCommand(
  input: string,
  options: CompareCommandOptions,
  stdout: NodeJS.WritableStream,
): Promise<void> {
  const format = options.format ?? (options.output === undefined ? "csv" : undefined);
  if (format !== undefined && format !== "csv" && format !== "text")
    throw new CliError(`--format "${format}": expected csv or text`);
  const from = resolvePolicy(options.from);
  const to = resolvePolicy(options.to);
  const asOf = resolveAsOf(options.asOf);
  const outputKind = options.output === undefined ? undefined : fileKindOf(options.output);
  if (options.output !== undefined && outputKind === null)
    throw new CliError(`-o ${options.output}: expected a .csv or .xlsx file name`);
  if (options.output !== undefined && isSameFile(input, options.output))
    throw new CliError(`-o ${options.output} is the input file; sotp never writes over its input`);
  const progress = createProgress();
  progress(`reading ${input}`);
  const file = await readCohortFile(input, options.sheet);
  progress(`routing ${Math.max(file.sheet.rows.length - 1, 0)} rows under ${from.stamp} and ${to.stamp}`);
  const compared = compareTable(file.sheet.rows, { from, to, asOf });
  if (!compared.ok) throw new CliError(`${input}: ${compared.message}`);
  const transitions = transitionTable(compared);

  if (options.output !== undefined) {
    progress(`writing ${options.output}`);
    mkdirSync(path.dirname(path.resolve(options.output)), { recursive: true });
    if (outputKind === "xlsx") {
      const workbook = file.workbook ?? (await workbookFromRows(path.parse(input).name, file.sheet.rows));
      const sheet = file.workbook ? workbook.getWorksheet(file.sheet.name) : workbook.worksheets[0];
      if (!sheet) throw new CliError(`sheet ${file.sheet.name} vanished while writing`);
      if (sheet.name === COMPARISON_SHEET)
        throw new CliError(`the cohort's sheet is called "${COMPARISON_SHEET}": rename it, or choose another --sheet`);
      addComparisonToWorksheet(sheet, tableWidth(file.sheet.rows), compared);
      const { chart, anchor } = addComparisonSheet(workbook, compared, transitions, formatDay(asOf));
      const written = Buffer.from(await workbook.xlsx.writeBuffer());
      writeFileSync(options.output, await addChartToXlsx(written, COMPARISON_SHEET, chart, anchor));
    } else {
      const chunks: string[] = [];
      writeCsvChunks(comparisonRows(file.sheet.rows, compared), (chunk) => chunks.push(chunk));
      writeFileSync(options.output, chunks.join(""));
    }
    endProgress();
    const total = transitions.reduce((sum, t) => sum + t.rowIndexes.length, 0);
    process.stderr.write(
      `sotp: compared ${total} rows into ${options.output}: ${changedCount(compared)} changed from ${from.stamp} ` +
        `to ${to.stamp}\n`,
    );
  }
  endProgress();
  if (format === "csv") stdout.write(toCsv(transitionCells(transitions)));
  if (format === "text") {
    const table = transitionCells(transitions).map((row) => row.map(String));
    stdout.write(
      `Who moves where, as of ${formatDay(asOf)}: ${from.stamp} → ${to.stamp}\n\n${formatTextTable(table)}\n`,
    );
  }
}

function isSameFile(input: string, output: string): boolean {
  if (path.resolve(input) === path.resolve(output)) return true;
  return existsSync(input) && existsSync(output) && realpathSync(input) === realpathSync(output);
}
