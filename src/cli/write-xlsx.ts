import type ExcelJS from "exceljs";
import { resultCells } from "../engine";
import type { RoutedTable } from "../engine";
import { CellValue, OUTPUT_COLUMNS, OutputColumn } from "../parsing";
import { loadExcelJs } from "./load-exceljs";
import { keptColumns, tableWidth } from "./output-table";

type Routed = Extract<RoutedTable, { ok: true }>;

export const HEADER_FILL = "FF1F4E79";
export const STATUS_FILLS: Record<string, string> = {
  Recommended: "FFC6EFCE",
  Deferred: "FFFFEB9C",
  Overridden: "FFDDEBF7",
  Invalid: "FFFFC7CE",
  Incomplete: "FFFFC7CE",
};
export const WIDTHS: Record<OutputColumn, number> = {
  Programme: 24,
  Status: 17,
  "Dosage tier": 12,
  Flags: 34,
  "Follow-on": 24,
  Reasons: 80,
  Policy: 17,
};

/**
 * Writes the outputs into the routed sheet of the input workbook (old output columns removed first, so routing a
 * routed file gives the same file): every other sheet is kept as it was.
 */
export function addOutputsToWorksheet(
  sheet: ExcelJS.Worksheet,
  rows: readonly (readonly CellValue[])[],
  routed: Routed,
  /** The policy's ID field, whose column is printed on every page across. */
  idField?: string,
): void {
  const width = tableWidth(rows);
  const kept = new Set(keptColumns(routed, width));
  for (let column = width - 1; column >= 0; column--) {
    if (!kept.has(column)) sheet.spliceColumns(column + 1, 1);
  }
  const firstOutput = kept.size + 1;
  const headerRowNumber = routed.headerRow + 1;
  OUTPUT_COLUMNS.forEach((name, i) => (sheet.getRow(headerRowNumber).getCell(firstOutput + i).value = name));
  routed.results.forEach((result, index) => {
    const row = sheet.getRow(headerRowNumber + 1 + index);
    const cells = resultCells(result);
    OUTPUT_COLUMNS.forEach((name, i) => {
      const text = cells[name];
      row.getCell(firstOutput + i).value = text === "" ? null : text;
    });
    row.height = rowHeightFor(cells.Reasons);
  });
  styleOutputs(sheet, headerRowNumber, firstOutput, headerRowNumber + routed.results.length);
  fitInputColumns(sheet, rows, [...kept], routed.headerRow);
  alignToTop(sheet, headerRowNumber, firstOutput + OUTPUT_COLUMNS.length - 1);
  setUpPrinting(sheet, headerRowNumber, idColumnNumber(routed, [...kept], idField));
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 40;
/** Wide enough for `31/03/2014` (Excel shows ### in a date cell too narrow for it). */
const DATE_WIDTH = 12;
const ROWS_MEASURED = 2_000;

/**
 * Gives each input column without a width of its own one that fits its header and cells (the first 2,000 rows), and
 * widens a date column too narrow to show its dates. Widths the user set are otherwise kept.
 */
function fitInputColumns(
  sheet: ExcelJS.Worksheet,
  rows: readonly (readonly CellValue[])[],
  kept: readonly number[],
  headerRow: number,
): void {
  kept.forEach((original, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = fittedWidth(rows, original, headerRow, column.width);
  });
}

/** The width an input column gets: its own if set (widened for dates), else one fitting its header and cells. */
export function fittedWidth(
  rows: readonly (readonly CellValue[])[],
  original: number,
  headerRow: number,
  width: number | undefined,
): number | undefined {
  let longest = 0;
  let hasDates = false;
  // a title row above the header is no guide
  for (let r = headerRow; r < Math.min(rows.length, headerRow + 1 + ROWS_MEASURED); r++) {
    const cell = rows[r][original];
    if (cell instanceof Date) hasDates = true;
    const text = cell instanceof Date ? "31/03/2014" : cell === null || cell === undefined ? "" : String(cell);
    longest = Math.max(longest, ...text.split("\n").map((line) => line.length));
  }
  if (width === undefined) return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  return hasDates && width < DATE_WIDTH ? DATE_WIDTH : width;
}

const TOP: Partial<ExcelJS.Alignment> = { vertical: "top" };

/**
 * Every cell of the header and of each row taller than one line aligned to the top, as Reasons is, keeping any other
 * alignment. One-line rows are left alone: there top and bottom are the same.
 */
function alignToTop(sheet: ExcelJS.Worksheet, headerRow: number, lastColumn: number): void {
  for (let r = headerRow; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (r > headerRow && (row.height ?? LINE_HEIGHT_POINTS) <= LINE_HEIGHT_POINTS) continue;
    // Only cells that exist: an empty cell shows nothing, and creating one per blank would cost memory.
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column <= lastColumn) cell.alignment = cell.alignment ? { ...cell.alignment, vertical: "top" } : TOP;
    });
  }
}

/** Landscape at 60%, header row on every page and the ID column on every page across (no shrinking to one width). */
function setUpPrinting(sheet: ExcelJS.Worksheet, headerRow: number, idColumn: number | null): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: "landscape",
    fitToPage: false,
    scale: PRINT_SCALE,
    pageOrder: "overThenDown",
  };
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  if (idColumn !== null) sheet.pageSetup.printTitlesColumn = `${columnLetter(idColumn)}:${columnLetter(idColumn)}`;
}

/** Readable on paper: 25 columns at one page's width were not; at 60% a landscape page holds about a dozen. */
export const PRINT_SCALE = 60;

function idColumnNumber(routed: Routed, kept: readonly number[], idField: string | undefined): number | null {
  if (idField === undefined) return null;
  const original = routed.mapping.roles.findIndex((role) => role.kind === "field" && role.field === idField);
  const index = kept.indexOf(original);
  return original < 0 || index < 0 ? null : index + 1;
}

function styleOutputs(sheet: ExcelJS.Worksheet, headerRow: number, firstOutput: number, lastRow: number): void {
  const lastColumn = firstOutput + OUTPUT_COLUMNS.length - 1;
  const header = sheet.getRow(headerRow);
  for (let column = 1; column <= lastColumn; column++) {
    const cell = header.getCell(column);
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  }
  OUTPUT_COLUMNS.forEach((name, i) => {
    const column = sheet.getColumn(firstOutput + i);
    column.width = WIDTHS[name];
    if (name === "Reasons") column.alignment = { wrapText: true, vertical: "top" };
  });
  sheet.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: Math.max(lastRow, headerRow), column: lastColumn },
  };
  const statusColumn = columnLetter(firstOutput + OUTPUT_COLUMNS.indexOf("Status"));
  if (lastRow > headerRow) {
    sheet.addConditionalFormatting({
      ref: `${statusColumn}${headerRow + 1}:${statusColumn}${lastRow}`,
      rules: Object.entries(STATUS_FILLS).map(([status, argb], priority) => ({
        type: "cellIs",
        operator: "equal",
        formulae: [`"${status}"`],
        priority: priority + 1,
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb } } },
      })),
    });
  }
}

export const LINE_HEIGHT_POINTS = 15;
const MAX_ROW_HEIGHT_POINTS = 409;

/** Tall enough for the wrapped Reasons (Excel does not grow rows to fit wrapped text when it opens a file). */
export function rowHeightFor(reasons: string): number {
  const lines = reasons
    .split("\n")
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / WIDTHS.Reasons)), 0);
  return Math.min(MAX_ROW_HEIGHT_POINTS, LINE_HEIGHT_POINTS * lines);
}

export function columnLetter(columnNumber: number): string {
  let letters = "";
  for (let n = columnNumber; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A new workbook holding one sheet of rows (for CSV input routed to XLSX). */
export async function workbookFromRows(
  sheetName: string,
  rows: readonly (readonly CellValue[])[],
): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcelJs()).Workbook();
  const sheet = workbook.addWorksheet(sheetName.replace(/[\\/?*[\]:]/g, " ").slice(0, 31) || "Cohort");
  for (const row of rows) sheet.addRow(row.map((cell) => (cell === undefined ? null : cell)));
  return workbook;
}
