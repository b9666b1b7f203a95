import {
  COMPARISON_CHART_COLUMN,
  COMPARISON_SHEET_NAME,
  COMPARISON_TABLE_ROW,
  comparisonSheetCells,
} from "../../compare";
import { formatDay } from "../../parsing";
import { columnLetters } from "../cell-address";
import { clearOrAddSheet } from "../clear-or-add-sheet";
import { CompareError } from "./compare-error";
import type { WorkbookComparison } from "./compare-workbook-cohort";

export const COMPARISON_CHART_NAME = "SOTP comparison";
const HEADER_FILL = "#1F4E79";

/**
 * Creates or updates the `Comparison` sheet: title and counts, the transition table, the chart's data and a bar
 * chart of the largest moves. An existing Comparison sheet is cleared (cells and charts) and rewritten; no other
 * sheet is touched. Refuses when the cohort itself is on a sheet of that name.
 */
export async function writeComparisonSheet(context: Excel.RequestContext, result: WorkbookComparison): Promise<void> {
  if (result.location.sheetName.toLowerCase() === COMPARISON_SHEET_NAME.toLowerCase())
    throw new CompareError(
      "SHEET_NAME_TAKEN",
      `The cohort is on a sheet called "${COMPARISON_SHEET_NAME}": rename that sheet to write the comparison.`,
    );
  const sheet = await clearOrAddSheet(context, COMPARISON_SHEET_NAME);
  const cells = comparisonSheetCells(result.compared, result.transitions, formatDay(result.asOf));
  sheet.getRange("A1").values = [[cells.title]];
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRangeByIndexes(1, 0, cells.facts.length, 2).values = cells.facts;
  sheet.getRangeByIndexes(1, 0, cells.facts.length, 1).format.font.bold = true;

  const tableRange = sheet.getRangeByIndexes(COMPARISON_TABLE_ROW, 0, cells.table.length, 5);
  tableRange.values = cells.table;
  const chartRange = sheet.getRangeByIndexes(COMPARISON_TABLE_ROW, COMPARISON_CHART_COLUMN, cells.chartData.length, 2);
  chartRange.values = cells.chartData;
  for (const header of [
    sheet.getRangeByIndexes(COMPARISON_TABLE_ROW, 0, 1, 5),
    sheet.getRangeByIndexes(COMPARISON_TABLE_ROW, COMPARISON_CHART_COLUMN, 1, 2),
  ]) {
    header.format.font.bold = true;
    header.format.font.color = "#FFFFFF";
    header.format.fill.color = HEADER_FILL;
  }
  if (cells.chartData.length > 1) {
    const chart = sheet.charts.add("BarClustered", chartRange, "Columns");
    chart.name = COMPARISON_CHART_NAME;
    chart.title.text = `Who moves where: ${result.compared.from.policy.stamp} → ${result.compared.to.policy.stamp}`;
    chart.legend.position = "Bottom";
    chart.axes.categoryAxis.reversePlotOrder = true;
    const top = COMPARISON_TABLE_ROW + Math.max(cells.table.length, cells.chartData.length) + 2;
    const bottom = top + 8 + Math.ceil((cells.chartData.length - 1) * 1.6);
    chart.setPosition(`A${top + 1}`, `${columnLetters(COMPARISON_CHART_COLUMN + 1)}${bottom}`);
  } else {
    sheet.getCell(COMPARISON_TABLE_ROW + 1, 0).values = [["No rows to compare: every row of the cohort is blank."]];
  }
  sheet
    .getRangeByIndexes(COMPARISON_TABLE_ROW, 0, cells.table.length, COMPARISON_CHART_COLUMN + 2)
    .format.autofitColumns();
  await context.sync();
}
