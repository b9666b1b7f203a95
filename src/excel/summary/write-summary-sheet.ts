import { SUMMARY_COLUMNS } from "../../engine/capacity";
import type { Rag, SummaryColumn } from "../../engine/capacity";
import {
  buildSummarySheetCells,
  CHART_DATA_COLUMN,
  SUMMARY_CHART_NAME,
  SUMMARY_SHEET_NAME,
  TABLE_ROW,
} from "./summary-sheet-cells";
import type { WorkbookSummary } from "./summarise-workbook";
import { clearOrAddSheet } from "../clear-or-add-sheet";
import { SummaryError } from "./summary-error";

/** Light fills with dark text, readable in print; the RAG word stays in the cell. */
export const RAG_FILLS: Record<Rag, string> = { green: "#C6EFCE", amber: "#FFEB9C", red: "#FFC7CE" };

/**
 * Creates or updates the `SOTP Summary` sheet: title and facts, the summary table, the chart's data and a clustered
 * column chart of demand against places a year. An existing summary sheet is cleared (cells and its charts) and
 * rewritten in place; no other sheet is touched. Refuses while the capacity table has problems.
 */
export async function writeSummarySheet(context: Excel.RequestContext, result: WorkbookSummary): Promise<void> {
  if (result.capacity.problems.length > 0)
    throw new SummaryError(
      "CAPACITY_PROBLEMS",
      `Fix the capacity table first: ${result.capacity.problems.map((p) => p.message).join("; ")}`,
    );
  const sheet = await clearOrAddSheet(context, SUMMARY_SHEET_NAME);

  const { header, table, chartData } = buildSummarySheetCells(result);
  sheet.getRangeByIndexes(0, 0, header.length, 2).values = header;
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange("B2").numberFormat = [["yyyy-mm-dd"]];
  sheet.getRangeByIndexes(1, 0, header.length - 1, 1).format.font.bold = true;

  const width = SUMMARY_COLUMNS.length;
  const tableRange = sheet.getRangeByIndexes(TABLE_ROW, 0, table.length, width);
  tableRange.values = table;
  sheet.getRangeByIndexes(TABLE_ROW, 0, 1, width).format.font.bold = true;
  const bodyRows = table.length - 1;
  if (bodyRows > 0) {
    const formatColumn = (name: SummaryColumn, format: string) => {
      const column = sheet.getRangeByIndexes(TABLE_ROW + 1, SUMMARY_COLUMNS.indexOf(name), bodyRows, 1);
      column.numberFormat = Array.from({ length: bodyRows }, () => [format]);
    };
    formatColumn("Pressure", "0.00");
    formatColumn("Wait weeks", "0.0");
    const ragColumn = SUMMARY_COLUMNS.indexOf("RAG");
    result.summary.rows.forEach((row, index) => {
      sheet.getCell(TABLE_ROW + 1 + index, ragColumn).format.fill.color = RAG_FILLS[row.rag];
    });

    const chartRange = sheet.getRangeByIndexes(TABLE_ROW, CHART_DATA_COLUMN, chartData.length, 3);
    chartRange.values = chartData;
    sheet.getRangeByIndexes(TABLE_ROW, CHART_DATA_COLUMN, 1, 3).format.font.bold = true;
    const chart = sheet.charts.add("ColumnClustered", chartRange, "Columns");
    chart.name = SUMMARY_CHART_NAME;
    chart.title.text = "Demand against places a year";
    chart.legend.position = "Bottom";
    const top = TABLE_ROW + table.length + 2;
    chart.setPosition(`A${top + 1}`, `I${top + 20}`);
  } else {
    sheet.getCell(TABLE_ROW + 1, 0).values = [["Nobody is Recommended or Deferred: no demand to show."]];
  }
  // Autofit from the table down: the title and facts overflow to the right instead of widening column A.
  sheet.getRangeByIndexes(TABLE_ROW, 0, table.length, CHART_DATA_COLUMN + 3).format.autofitColumns();
  await context.sync();
}
