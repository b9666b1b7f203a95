import type ExcelJS from "exceljs";
import {
  COMPARISON_CHART_COLUMN,
  COMPARISON_COLUMNS,
  COMPARISON_SHEET_NAME,
  COMPARISON_TABLE_ROW,
  comparisonCellsAt,
  comparisonSheetCells,
} from "../compare";
import type { ComparedTable, Transition } from "../compare";
import { columnLetter } from "./write-xlsx";
import type { BarChartData, ChartAnchor } from "./xlsx-chart-xml";

type Compared = Extract<ComparedTable, { ok: true }>;

export const COMPARISON_SHEET = COMPARISON_SHEET_NAME;
const HEADER_FILL = "FF1F4E79";
const CHANGED_FILL = "FFFFEB9C";
/** Printed (or converted to PDF), a sheet fits the page width. */
const FIT_WIDTH = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as const;

const REASONS_WIDTH = 60;
const REASON_COLUMNS = [COMPARISON_COLUMNS.indexOf("Reasons (from)"), COMPARISON_COLUMNS.indexOf("Reasons (to)")];

/** Tall enough for the longer of the wrapped Reasons (Excel does not grow rows for wrapped text on opening). */
function rowHeightFor(reasons: readonly string[]): number {
  const lines = (text: string) =>
    text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / REASONS_WIDTH)), 0);
  return Math.min(409, 15 * Math.max(...reasons.map(lines)));
}

/** Writes the comparison columns into the cohort's sheet, replacing earlier output columns; other cells untouched. */
export function addComparisonToWorksheet(sheet: ExcelJS.Worksheet, width: number, compared: Compared): void {
  const kept = new Set(compared.keptColumns);
  for (let column = width - 1; column >= 0; column--) if (!kept.has(column)) sheet.spliceColumns(column + 1, 1);
  const first = kept.size + 1;
  const headerRow = compared.headerRow + 1;
  const header = sheet.getRow(headerRow);
  COMPARISON_COLUMNS.forEach((name, i) => (header.getCell(first + i).value = name));
  compared.from.results.forEach((_, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    const cells = comparisonCellsAt(compared, index);
    cells.forEach((text, i) => (row.getCell(first + i).value = text === "" ? null : text));
    row.height = rowHeightFor(REASON_COLUMNS.map((i) => cells[i]));
  });
  const last = first + COMPARISON_COLUMNS.length - 1;
  for (let column = 1; column <= last; column++) {
    const cell = header.getCell(column);
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  }
  COMPARISON_COLUMNS.forEach((name, i) => {
    const column = sheet.getColumn(first + i);
    column.width = name.startsWith("Reasons") ? REASONS_WIDTH : name === "Changed" ? 10 : 20;
    if (name.startsWith("Reasons")) column.alignment = { wrapText: true, vertical: "top" };
  });
  const lastRow = headerRow + compared.from.results.length;
  sheet.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
  sheet.pageSetup = { ...sheet.pageSetup, ...FIT_WIDTH, printTitlesRow: `${headerRow}:${headerRow}` };
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: lastRow, column: last } };
  const changed = columnLetter(first + COMPARISON_COLUMNS.indexOf("Changed"));
  if (lastRow > headerRow)
    sheet.addConditionalFormatting({
      ref: `${changed}${headerRow + 1}:${changed}${lastRow}`,
      rules: [
        {
          type: "cellIs",
          operator: "equal",
          formulae: ['"yes"'],
          priority: 1,
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: CHANGED_FILL } } },
        },
      ],
    });
}

/**
 * Adds the `Comparison` sheet (replacing one of that name that is not the cohort's): title and counts, the
 * transition table, and the chart's data beside it. Returns the chart to add to the written package.
 */
export function addComparisonSheet(
  workbook: ExcelJS.Workbook,
  compared: Compared,
  transitions: readonly Transition[],
  asOf: string,
): { chart: BarChartData; anchor: ChartAnchor } {
  workbook.worksheets.filter((s) => s.name === COMPARISON_SHEET).forEach((s) => workbook.removeWorksheet(s.id));
  const sheet = workbook.addWorksheet(COMPARISON_SHEET);
  const cells = comparisonSheetCells(compared, transitions, asOf);
  sheet.getCell("A1").value = cells.title;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  cells.facts.forEach((row, i) => {
    sheet.getRow(2 + i).values = row;
    sheet.getRow(2 + i).getCell(1).font = { bold: true };
  });
  const tableRow = COMPARISON_TABLE_ROW + 1;
  const chartColumn = COMPARISON_CHART_COLUMN + 1;
  cells.table.forEach((row, i) => (sheet.getRow(tableRow + i).values = row));
  cells.chartData.forEach((row, i) =>
    row.forEach((value, j) => (sheet.getRow(tableRow + i).getCell(chartColumn + j).value = value)),
  );
  const header = sheet.getRow(tableRow);
  for (const column of [1, 2, 3, 4, 5, chartColumn, chartColumn + 1]) {
    header.getCell(column).font = { bold: true, color: { argb: "FFFFFFFF" } };
    header.getCell(column).fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  }
  [22, 18, 22, 18, 8, 2, 58, 8].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.views = [{ state: "frozen", ySplit: tableRow, xSplit: 0 }];
  sheet.pageSetup = { ...sheet.pageSetup, ...FIT_WIDTH };

  const bars = cells.chartData.slice(1);
  const column = (offset: number) => `$${columnLetter(chartColumn + offset)}$`;
  const lastBarRow = tableRow + Math.max(bars.length, 1);
  const chart: BarChartData = {
    title: `Who moves where: ${compared.from.policy.stamp} → ${compared.to.policy.stamp}`,
    seriesName: "People",
    seriesNameRef: `'${COMPARISON_SHEET}'!${column(1)}${tableRow}`,
    categoriesRef: `'${COMPARISON_SHEET}'!${column(0)}${tableRow + 1}:${column(0)}${lastBarRow}`,
    valuesRef: `'${COMPARISON_SHEET}'!${column(1)}${tableRow + 1}:${column(1)}${lastBarRow}`,
    categories: bars.map(([label]) => String(label)),
    values: bars.map(([, count]) => Number(count)),
  };
  const top = tableRow + Math.max(cells.table.length, cells.chartData.length) + 1;
  const anchor = { fromColumn: 0, fromRow: top, toColumn: 9, toRow: top + 6 + Math.ceil(bars.length * 1.6) };
  return { chart, anchor };
}
