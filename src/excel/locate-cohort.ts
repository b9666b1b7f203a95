import { CellValue, findHeaderRow, isBlankCell } from "../parsing";
import type { Policy } from "../policies";
import { rangeAddress } from "./cell-address";
import { ExcelLayerError } from "./excel-layer-error";
import { isRunMarker } from "./run-marker";

/** Where the cohort is: its header row and data rows, by 0-based sheet indexes. */
export interface CohortLocation {
  sheetName: string;
  /** The table holding the cohort, or null when it is the used range of the sheet. */
  tableName: string | null;
  headerRow: number;
  firstColumn: number;
  columnCount: number;
  dataRowCount: number;
  headerCells: CellValue[];
  /** The last column with a value anywhere on the sheet (outputs of an earlier run may lie past the cohort). */
  lastUsedColumn: number;
  /** Header and data, e.g. `Cohort!B3:Q1003`. */
  address: string;
}

const HEADER_SCAN_ROWS = 20;

export interface LocateCohortOptions {
  /** Look on this sheet (its first table, else its used range) instead of the active sheet and the selection. */
  sheetName?: string;
  /** Finds the header row among the first rows (default: the routing policy's `findHeaderRow`). */
  findHeader?: (rows: CellValue[][]) => number;
}

/**
 * Finds the cohort: the selected table, else the first table on the active sheet, else its used range. With a
 * `sheetName` (the summary, refreshed while another sheet is active) the selection is ignored.
 */
export async function locateCohort(
  context: Excel.RequestContext,
  policy: Policy,
  options: LocateCohortOptions = {},
): Promise<CohortLocation> {
  const { worksheets } = context.workbook;
  const sheet =
    options.sheetName === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(options.sheetName);
  const selectedTables =
    options.sheetName === undefined ? context.workbook.getSelectedRange().getTables(false).load("items/name") : null;
  const sheetTables = sheet.tables.load("items/name");
  const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
  sheet.load("name");
  await context.sync();
  if (used.isNullObject) throw new ExcelLayerError("NO_COHORT", `The sheet "${sheet.name}" is empty.`);
  const lastUsedColumn = used.columnIndex + used.columnCount - 1;
  const table = selectedTables?.items[0] ?? sheetTables.items[0];
  if (table) return locateTable(context, table, lastUsedColumn);

  const top = sheet
    .getRangeByIndexes(used.rowIndex, used.columnIndex, Math.min(HEADER_SCAN_ROWS, used.rowCount), used.columnCount)
    .load("values");
  await context.sync();
  const findHeader = options.findHeader ?? ((rows: CellValue[][]) => findHeaderRow(rows, policy));
  const headerIndex = findHeader(top.values as CellValue[][]);
  if (headerIndex < 0)
    throw new ExcelLayerError(
      "NO_HEADER_ROW",
      `No header row found in the first ${HEADER_SCAN_ROWS} rows of "${sheet.name}": no row names the required columns.`,
    );
  const row = top.values[headerIndex] as CellValue[];
  const first = row.findIndex((cell) => !isBlankCell(cell));
  let last = row.length - 1;
  while (last > first && (isBlankCell(row[last]) || isRunMarker(row[last]))) last--;
  const headerRow = used.rowIndex + headerIndex;
  const dataRowCount = used.rowIndex + used.rowCount - 1 - headerRow;
  return describe(
    sheet.name,
    null,
    headerRow,
    used.columnIndex + first,
    row.slice(first, last + 1),
    dataRowCount,
    lastUsedColumn,
  );
}

async function locateTable(context: Excel.RequestContext, table: Excel.Table, lastUsedColumn: number) {
  const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex");
  const body = table.getDataBodyRange().load("rowCount");
  const worksheet = table.worksheet.load("name");
  await context.sync();
  const headerCells = header.values[0] as CellValue[];
  return describe(
    worksheet.name,
    table.name,
    header.rowIndex,
    header.columnIndex,
    headerCells,
    body.rowCount,
    lastUsedColumn,
  );
}

function describe(
  sheetName: string,
  tableName: string | null,
  headerRow: number,
  firstColumn: number,
  headerCells: CellValue[],
  dataRowCount: number,
  lastUsedColumn: number,
): CohortLocation {
  const columnCount = headerCells.length;
  const address = rangeAddress(sheetName, headerRow, firstColumn, dataRowCount + 1, columnCount);
  return {
    sheetName,
    tableName,
    headerRow,
    firstColumn,
    columnCount,
    dataRowCount,
    headerCells,
    lastUsedColumn,
    address,
  };
}
