import type ExcelJS from "exceljs";
import { TWO_DECIMAL_COLUMNS } from "../calculators";
import type { CellValue } from "../parsing";
import { Calculated, keptCalcColumns } from "./calc-output-table";
import { tableWidth } from "./output-table";

const HEADER_FILL = "FF1F4E79";
const MESSAGE_WIDTH = 60;
const OTHER_WIDTH = 14;

/**
 * Writes the calculator columns into the sheet of the input workbook (old output columns of the same calculators
 * removed first, so calculating twice gives the same sheet). Scores are numbers; the two % columns show `0.00`.
 */
export function addCalcOutputsToWorksheet(
  sheet: ExcelJS.Worksheet,
  rows: readonly (readonly CellValue[])[],
  table: Calculated,
): void {
  const width = tableWidth(rows);
  const kept = new Set(keptCalcColumns(table, width));
  for (let column = width - 1; column >= 0; column--) if (!kept.has(column)) sheet.spliceColumns(column + 1, 1);
  const first = kept.size + 1;
  const headerRowNumber = table.headerRow + 1;
  const columns = table.mapping.outputColumns;
  columns.forEach((name, i) => {
    const cell = sheet.getRow(headerRowNumber).getCell(first + i);
    cell.value = name;
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    const column = sheet.getColumn(first + i);
    column.width = name.endsWith("message") ? MESSAGE_WIDTH : OTHER_WIDTH;
    if (TWO_DECIMAL_COLUMNS.includes(name)) column.numFmt = "0.00";
  });
  table.outputs.forEach((outputs, index) => {
    const row = sheet.getRow(headerRowNumber + 1 + index);
    outputs.forEach((cell, i) => (row.getCell(first + i).value = cell));
  });
}
