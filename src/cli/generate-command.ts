import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { getBundledPolicy } from "../policies";
import { CURRENT_SUITE_HEADERS, generateCurrentSuiteColumns } from "../sample/current-suite-columns";
import { generateCohort, SAMPLE_HEADERS, SAMPLE_SITES } from "../sample/generate-cohort";
import { CliError } from "./cli-error";
import { loadExcelJs } from "./load-exceljs";
import { fileKindOf } from "./read-cohort-file";
import { toCsv } from "./write-csv";

export interface GenerateCommandOptions {
  rows: string;
  seed: string;
  output: string;
}

/** `sotp generate`: a synthetic cohort (no real people) as CSV, or XLSX with a Cohort and a Capacity sheet. */
export async function runGenerateCommand(options: GenerateCommandOptions): Promise<void> {
  const rows = Number(options.rows);
  const seed = Number(options.seed);
  if (!Number.isInteger(rows) || rows < 0) throw new CliError(`--rows "${options.rows}" is not a whole number`);
  if (!Number.isInteger(seed)) throw new CliError(`--seed "${options.seed}" is not a whole number`);
  const kind = path.extname(options.output).toLowerCase() === ".txt" ? null : fileKindOf(options.output);
  if (kind === null) throw new CliError(`-o ${options.output}: expected a .csv or .xlsx file name`);
  const sotpEra = generateCohort({ rows, seed });
  const currentSuite = generateCurrentSuiteColumns(sotpEra, seed);
  const cohort = sotpEra.map((row, index) => [...row, ...currentSuite[index]]);
  mkdirSync(path.dirname(path.resolve(options.output)), { recursive: true });
  if (kind === "csv") {
    writeFileSync(options.output, toCsv([HEADERS, ...cohort]));
    return;
  }
  await (await sampleWorkbook(cohort)).xlsx.writeFile(options.output);
}

/** The SOTP-era columns foi-86525 reads, then the OASys columns of the current suite (hmpps-2017). */
const HEADERS: string[] = [...SAMPLE_HEADERS, ...CURRENT_SUITE_HEADERS];

/** A workbook as a programme manager keeps one: a title row, real date cells, some OGRS3 as percentages. */
export async function sampleWorkbook(cohort: string[][]): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcelJs()).Workbook();
  const sheet = workbook.addWorksheet("Cohort");
  sheet.addRow(["Sex offender treatment cohort (synthetic sample: no real people)"]).font = { bold: true, size: 14 };
  sheet.addRow(HEADERS).font = { bold: true };
  const release = HEADERS.indexOf("Release date");
  const ogrs = HEADERS.indexOf("OGRS3");
  const numeric = new Set(["Age", "OGRS3", "IQ", "OSP/DC", "LDC score", "HSP score"].map((h) => HEADERS.indexOf(h)));
  for (const cells of cohort) {
    const values = cells.map((cell, column) =>
      cell === "" ? null : numeric.has(column) && /^\d+$/.test(cell) ? Number(cell) : cell,
    );
    const row = sheet.addRow(values);
    const date = cells[release];
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      row.getCell(release + 1).value = new Date(`${date}T00:00:00Z`);
      row.getCell(release + 1).numFmt = "dd/mm/yyyy";
    }
    const score = /^(\d+)%$/.exec(cells[ogrs]);
    if (score) {
      row.getCell(ogrs + 1).value = Number(score[1]) / 100;
      row.getCell(ogrs + 1).numFmt = "0%";
    }
  }
  sheet.views = [{ state: "frozen", ySplit: 2 }];
  addCapacitySheet(workbook);
  return workbook;
}

function addCapacitySheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Capacity");
  sheet.addRow(["Programme", "Site", "Groups per year", "Group size", "Weeks"]).font = { bold: true };
  for (const programme of getBundledPolicy().data.programmes) {
    sheet.addRow([programme.name, null, programme.groupsPerYear, programme.groupSize, null]);
  }
  sheet.addRow(["High Intensity", SAMPLE_SITES[0], 2, 8, null]);
  sheet.addRow(["High Intensity", SAMPLE_SITES[1], 0, 8, null]);
}
