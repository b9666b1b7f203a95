import { CellValue, findHeaderRow, isBlankCell } from "../../parsing";
import type { Policy } from "../../policies";
import { rangeAddress } from "../cell-address";
import { CohortLocation, locateCohort } from "../locate-cohort";
import { ExcelLayerError } from "../excel-layer-error";
import { isRunMarker } from "../run-marker";

const HEADER_SCAN_ROWS = 20;

/**
 * The cohort on a named sheet (its first table, else its used range), or on the active sheet when no name is given
 * (`locateCohort`). The summary needs a name: the pane may be refreshed while the summary sheet is active.
 */
export async function locateRoutedCohort(
  context: Excel.RequestContext,
  policy: Policy,
  sheetName?: string,
): Promise<CohortLocation> {
  if (sheetName === undefined) return locateCohort(context, policy);
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const tables = sheet.tables.load("items/name");
  const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) throw new ExcelLayerError("NO_COHORT", `The sheet "${sheetName}" is empty.`);
  const lastUsedColumn = used.columnIndex + used.columnCount - 1;
  const table = tables.items[0];
  if (table) {
    const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex");
    const body = table.getDataBodyRange().load("rowCount");
    await context.sync();
    const headerCells = header.values[0] as CellValue[];
    return describe(sheetName, table.name, header.rowIndex, header.columnIndex, headerCells, body.rowCount);
  }
  const top = sheet
    .getRangeByIndexes(used.rowIndex, used.columnIndex, Math.min(HEADER_SCAN_ROWS, used.rowCount), used.columnCount)
    .load("values");
  await context.sync();
  const headerIndex = findHeaderRow(top.values as CellValue[][], policy);
  if (headerIndex < 0)
    throw new ExcelLayerError(
      "NO_HEADER_ROW",
      `No header row found in the first ${HEADER_SCAN_ROWS} rows of "${sheetName}".`,
    );
  const row = top.values[headerIndex] as CellValue[];
  const first = row.findIndex((cell) => !isBlankCell(cell));
  let last = row.length - 1;
  while (last > first && (isBlankCell(row[last]) || isRunMarker(row[last]))) last--;
  const headerRow = used.rowIndex + headerIndex;
  const dataRowCount = used.rowIndex + used.rowCount - 1 - headerRow;
  return describe(sheetName, null, headerRow, used.columnIndex + first, row.slice(first, last + 1), dataRowCount);

  function describe(
    name: string,
    tableName: string | null,
    headerRow: number,
    firstColumn: number,
    headerCells: CellValue[],
    dataRowCount: number,
  ): CohortLocation {
    const columnCount = headerCells.length;
    const address = rangeAddress(name, headerRow, firstColumn, dataRowCount + 1, columnCount);
    return {
      sheetName: name,
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
}
