import type ExcelJS from "exceljs";
import { resultCells } from "../engine";
import type { RoutedTable } from "../engine";
import { CellValue, OUTPUT_COLUMNS, OutputColumn } from "../parsing";
import { loadExcelJs } from "./load-exceljs";
import { keptColumns, tableWidth } from "./output-table";

type Routed = Extract<RoutedTable, { ok: true }>;

const HEADER_FILL = "FF1F4E79";
const STATUS_FILLS: Record<string, string> = {
  Recommended: "FFC6EFCE",
  Deferred: "FFFFEB9C",
  Overridden: "FFDDEBF7",
  Invalid: "FFFFC7CE",
  Incomplete: "FFFFC7CE",
};
const WIDTHS: Record<OutputColumn, number> = {
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
  // Printed, a routed cohort fits the page width, header row repeated on every page.
  sheet.pageSetup = { ...sheet.pageSetup, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
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

const LINE_HEIGHT_POINTS = 15;
const MAX_ROW_HEIGHT_POINTS = 409;

/** Tall enough for the wrapped Reasons (Excel does not grow rows to fit wrapped text when it opens a file). */
function rowHeightFor(reasons: string): number {
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
