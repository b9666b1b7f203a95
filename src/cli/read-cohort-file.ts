import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import { isPercentFormat, type CellValue } from "../parsing";
import { CliError } from "./cli-error";
import { sniffSeparator } from "./csv-separator";
import { loadExcelJs } from "./load-exceljs";

export type FileKind = "csv" | "xlsx";

/** The cells of one sheet (or a CSV) as rows, and, for XLSX, which cells are %-formatted. */
export interface CohortSheet {
  name: string;
  rows: CellValue[][];
}

export interface CohortFile {
  kind: FileKind;
  path: string;
  sheet: CohortSheet;
  /** The whole workbook of an XLSX input, so XLSX output keeps every sheet. */
  workbook?: ExcelJS.Workbook;
  /** The workbook's sheet names, when it was read as a package (no workbook model). */
  sheetNames?: string[];
}

export function fileKindOf(file: string): FileKind | null {
  const extension = path.extname(file).toLowerCase();
  if (extension === ".csv" || extension === ".txt") return "csv";
  if (extension === ".xlsx") return "xlsx";
  return null;
}

export async function readCohortFile(file: string, sheetName?: string): Promise<CohortFile> {
  const kind = fileKindOf(file);
  if (kind === null) throw new CliError(`cannot read ${file}: expected a .csv or .xlsx file`);
  if (kind === "csv") return { kind, path: file, sheet: { name: path.basename(file), rows: readCsvCells(file) } };
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
  return { kind, path: file, workbook, sheet: readWorksheet(pickWorksheet(workbook, file, sheetName)) };
}

export function readCsvCells(file: string): string[][] {
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    const delimiter = sniffSeparator(file).char;
    return parse(content, { bom: true, relax_column_count: true, skip_empty_lines: false, delimiter }) as string[][];
  } catch (error) {
    throw new CliError(`cannot read ${file} as CSV: ${(error as Error).message}`);
  }
}

function pickWorksheet(workbook: ExcelJS.Workbook, file: string, sheetName?: string): ExcelJS.Worksheet {
  const names = workbook.worksheets.map((s) => s.name);
  if (sheetName !== undefined) {
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) throw new CliError(`${file} has no sheet "${sheetName}" (sheets: ${names.join(", ")})`);
    return sheet;
  }
  const first = workbook.worksheets[0];
  if (!first) throw new CliError(`${file} has no sheets`);
  return first;
}

/**
 * Reads a worksheet's cells as plain values (formula results, rich text as text, errors as `#N/A` text). A number in
 * a %-formatted cell becomes the text Excel shows (`0.42` → `42%`), so it parses as a score and a CSV keeps it.
 */
export function readWorksheet(sheet: ExcelJS.Worksheet): CohortSheet {
  const rows: CellValue[][] = [];
  const columnCount = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cells: CellValue[] = new Array(columnCount).fill(null);
    sheet.getRow(r).eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.isMerged && cell.master.address !== cell.address) return; // a merge's value is its first cell's only
      const value = plainValue(cell.value);
      const percent = typeof value === "number" && isPercentFormat(cell.numFmt);
      cells[column - 1] = percent ? `${Number((value * 100).toPrecision(12))}%` : value;
    });
    rows.push(cells);
  }
  return { name: sheet.name, rows };
}

export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) {
    return value;
  }
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("error" in value) return String(value.error);
  if ("result" in value) return plainValue((value.result ?? null) as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) return null;
  if ("text" in value) return String(value.text);
  return String(value);
}
