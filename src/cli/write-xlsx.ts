import type ExcelJS from "exceljs";
import { resultCells } from "../engine";
import { columnLetters } from "../engine/capacity";
import type { RoutedTable } from "../engine";
import {
  CellValue,
  OUTPUT_COLUMN_SPEC,
  OUTPUT_COLUMN_SPECS,
  OUTPUT_COLUMNS,
  OutputColumn,
  STATUS_COLOURS,
} from "../parsing";
import type { Policy } from "../policies";
import { loadExcelJs } from "./load-exceljs";
import { routedLayout, tableWidth } from "./output-table";

type Routed = Extract<RoutedTable, { ok: true }>;

export const HEADER_FILL = "FF1F4E79";

/** `[status text, ARGB fill]` for each status with a colour, by the policy's status keys (the add-in's fills). */
export function statusFills(policy: Policy): [string, string][] {
  return Object.entries(policy.data.statuses).flatMap(([key, status]): [string, string][] => {
    const colours = STATUS_COLOURS[key];
    return colours ? [[status, `FF${colours.fill.slice(1)}`]] : [];
  });
}

/**
 * Writes the outputs into the routed sheet of the input workbook where the shared layout puts them (an earlier run's
 * output columns updated in place, so routing a routed file gives the same file): every other sheet is kept as it was.
 */
export function addOutputsToWorksheet(
  sheet: ExcelJS.Worksheet,
  rows: readonly (readonly CellValue[])[],
  routed: Routed,
  policy: Policy,
): void {
  // 1-based sheet column of each output
  const { columns: layout } = routedLayout(rows, routed.headerRow);
  const columns = Object.fromEntries(OUTPUT_COLUMNS.map((name) => [name, layout[name] + 1])) as OutputNumbers;
  const outputs = new Set(Object.values<number>(layout));
  const inputs = [...Array(tableWidth(rows)).keys()].filter((column) => !outputs.has(column));
  const headerRowNumber = routed.headerRow + 1;
  OUTPUT_COLUMNS.forEach((name) => (sheet.getRow(headerRowNumber).getCell(columns[name]).value = name));
  routed.results.forEach((result, index) => {
    const row = sheet.getRow(headerRowNumber + 1 + index);
    const cells = resultCells(result, routed.policy);
    OUTPUT_COLUMNS.forEach((name) => {
      const text = cells[name];
      row.getCell(columns[name]).value = text === "" ? null : text;
    });
    row.height = rowHeightFor(cells.Reasons);
  });
  const lastColumn = Math.max(tableWidth(rows), ...Object.values<number>(columns));
  styleOutputs(sheet, headerRowNumber, columns, lastColumn, headerRowNumber + routed.results.length, policy);
  fitInputColumns(sheet, rows, inputs, routed.headerRow);
  alignToTop(sheet, headerRowNumber, lastColumn);
  // the ID column is printed on every page across
  setUpPrinting(sheet, headerRowNumber, idColumnNumber(routed, policy.data.roles.id));
}

type OutputNumbers = Record<OutputColumn, number>;

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
  kept.forEach((original) => {
    const column = sheet.getColumn(original + 1);
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
  if (idColumn !== null)
    sheet.pageSetup.printTitlesColumn = `${columnLetters(idColumn - 1)}:${columnLetters(idColumn - 1)}`;
}

/** Readable on paper: 25 columns at one page's width were not; at 60% a landscape page holds about a dozen. */
export const PRINT_SCALE = 60;

function idColumnNumber(routed: Routed, idField: string | undefined): number | null {
  if (idField === undefined) return null;
  const column = routed.mapping.roles.findIndex((role) => role.kind === "field" && role.field === idField);
  return column < 0 ? null : column + 1;
}

function styleOutputs(
  sheet: ExcelJS.Worksheet,
  headerRow: number,
  columns: OutputNumbers,
  lastColumn: number,
  lastRow: number,
  policy: Policy,
): void {
  const header = sheet.getRow(headerRow);
  for (let column = 1; column <= lastColumn; column++) {
    const cell = header.getCell(column);
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  }
  for (const spec of OUTPUT_COLUMN_SPECS) {
    const column = sheet.getColumn(columns[spec.name]);
    column.width = spec.characters;
    if ("wrap" in spec) column.alignment = { wrapText: true, vertical: "top" };
  }
  sheet.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: Math.max(lastRow, headerRow), column: lastColumn },
  };
  const statusColumn = columnLetters(columns.Status - 1);
  if (lastRow > headerRow) {
    const coloured = statusFills(policy);
    sheet.addConditionalFormatting({
      ref: `${statusColumn}${headerRow + 1}:${statusColumn}${lastRow}`,
      rules: coloured.map(([status, argb], priority) => ({
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
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / OUTPUT_COLUMN_SPEC.Reasons.characters)), 0);
  return Math.min(MAX_ROW_HEIGHT_POINTS, LINE_HEIGHT_POINTS * lines);
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
