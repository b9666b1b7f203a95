import { SUMMARY_COLUMNS, summaryTableCells } from "../../engine/capacity";
import { excelSerialFromDay } from "../../parsing";
import type { WorkbookSummary } from "./summarise-workbook";

export const SUMMARY_SHEET_NAME = "SOTP Summary";
export const SUMMARY_CHART_NAME = "SOTP demand against places";
/** The 0-based row of the summary table's header (below the title and the facts). */
export const TABLE_ROW = 7;
/** The chart's data (label, demand, places a year) sits right of the table, after one blank column. */
export const CHART_DATA_COLUMN = SUMMARY_COLUMNS.length + 1;
export const CHART_DATA_HEADERS = ["Programme (site)", "Demand", "Places a year"];

const NUMBER = /^-?\d+(\.\d+)?$/;

export interface SummarySheetCells {
  /** Title and facts: rows 0 to 5, two columns, the as-of date as an Excel serial. */
  header: (string | number)[][];
  /** The summary table as numbers where a cell is a number (so Excel can chart it), `no places` as text. */
  table: (string | number)[][];
  chartData: (string | number)[][];
}

/** The cells of the SOTP Summary sheet; the table is engine/capacity's summaryTableCells. */
export function buildSummarySheetCells(result: WorkbookSummary): SummarySheetCells {
  const { policy, asOf, cohort, capacity, summary } = result;
  const defaults = summary.programmesOnDefaults.map((code) => policy.programmeByCode.get(code)?.name ?? code);
  const header: (string | number)[][] = [
    ["SOTP capacity and waiting-list summary", ""],
    ["As of", excelSerialFromDay(asOf)],
    ["Policy", policy.stamp],
    ["Cohort", cohort.location.address],
    ["Capacity", capacity.description],
    ["On defaults", defaults.length > 0 ? defaults.join(", ") : "none"],
  ];
  const [columns, ...rows] = summaryTableCells(summary);
  const table = [columns, ...rows.map((row) => row.map((cell) => (NUMBER.test(cell) ? Number(cell) : cell)))];
  const chartData = [
    CHART_DATA_HEADERS,
    ...summary.rows.map((row) => [
      row.site === "" ? row.programme : `${row.programme} (${row.site})`,
      row.demand,
      row.placesAYear,
    ]),
  ];
  return { header, table, chartData };
}
