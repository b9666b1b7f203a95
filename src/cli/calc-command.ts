import { mkdirSync } from "node:fs";
import path from "node:path";
import { CALCULATORS, calculateTable, CalculatorCell } from "../calculators";
import { formatCalculatorColumnReport } from "./calc-column-report";
import { CliError } from "./cli-error";
import { Calculated, calcOutputRows, toCalcJson } from "./calc-output-table";
import { openOutput, outputKindOf, refuseToOverwriteInput } from "./output-target";
import { createProgress, endProgress } from "./progress";
import { readCohortFile } from "./read-cohort-file";
import { describeSource } from "./route-cohort-file";
import { writeCsvChunks } from "./write-csv";
import { addCalcOutputsToWorksheet } from "./write-calc-xlsx";
import { workbookFromRows } from "./write-xlsx";

export interface CalcCommandOptions {
  sheet?: string;
  output?: string;
}

/** `sotp calc`: the risk calculators' columns after the input columns, as CSV (stdout or file), XLSX or JSON. */
export async function runCalcCommand(
  input: string,
  options: CalcCommandOptions,
  stdout: NodeJS.WritableStream,
): Promise<void> {
  const outputKind = outputKindOf(options.output);
  refuseToOverwriteInput(input, options.output);
  const progress = createProgress();
  progress(`reading ${input}`);
  const file = await readCohortFile(input, options.sheet);
  progress(`calculating ${Math.max(file.sheet.rows.length - 1, 0)} rows`);
  const table = calculateTable(file.sheet.rows);
  if (!table.ok) throw new CliError(`${input}: ${table.message}`);
  const where = `${describeSource(file)} (header row ${table.headerRow + 1})`;
  process.stderr.write(formatCalculatorColumnReport(table.mapping, where).join("\n") + "\n");
  progress(`writing ${options.output ?? "standard output"}`);
  if (outputKind === "xlsx") {
    const workbook = file.workbook ?? (await workbookFromRows(path.parse(input).name, file.sheet.rows));
    const sheet = file.workbook ? workbook.getWorksheet(file.sheet.name) : workbook.worksheets[0];
    if (!sheet) throw new CliError(`sheet ${file.sheet.name} vanished while writing`);
    addCalcOutputsToWorksheet(sheet, file.sheet.rows, table);
    mkdirSync(path.dirname(path.resolve(options.output as string)), { recursive: true });
    await workbook.xlsx.writeFile(options.output as string);
  } else {
    const target = openOutput(options.output, stdout);
    try {
      if (outputKind === "json") target.write(toCalcJson(file.sheet.rows, table));
      else writeCsvChunks(calcOutputRows(file.sheet.rows, table), target.write);
    } finally {
      target.close();
    }
  }
  endProgress();
  if (options.output !== undefined) process.stderr.write(`sotp: ${describeRun(table, options.output)}\n`);
}

/** `calculated 22 rows into out.csv: OGRS3 9 scored, 2 Invalid; OSP/DC …` */
function describeRun(table: Calculated, output: string): string {
  let offset = 0;
  const parts = table.mapping.calculators.map((calculator) => {
    const bandIndex = offset + calculator.columns.length - 2;
    offset += calculator.columns.length;
    const counts = countBands(table.outputs.map((row) => row[bandIndex]));
    return `${calculator.name} ${counts || "nothing to calculate"}`;
  });
  return `calculated ${table.outputs.length} rows into ${output}: ${parts.join("; ")}`;
}

function countBands(bands: readonly CalculatorCell[]): string {
  const counts = { scored: 0, "Not applicable": 0, Invalid: 0 };
  for (const band of bands) {
    if (band === "Invalid" || band === "Not applicable") counts[band]++;
    else if (band !== null) counts.scored++;
  }
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${n} ${name}`)
    .join(", ");
}

export const CALC_DESCRIPTION = `add the risk calculators' columns (${CALCULATORS.map((c) => c.name).join(", ")}) after the input columns`;
