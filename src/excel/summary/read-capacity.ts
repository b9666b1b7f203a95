import { CapacityProblem, CapacityRow, parseCapacityTable } from "../../engine/capacity";
import { CellValue } from "../../parsing";
import type { Policy } from "../../policies";
import { cellAddress } from "../cell-address";
import { readRowBlocks } from "../read-row-blocks";

/** The name of the sheet or table the summary reads capacity from. */
export const CAPACITY_NAME = "Capacity";

/** Where capacity came from: a table named Capacity (anywhere), else a sheet named Capacity, else nowhere. */
export type CapacitySourceKind = "table" | "sheet" | "none";

export interface WorkbookCapacity {
  kind: CapacitySourceKind;
  /** e.g. `table "Capacity" (Capacity!A1:E7)`, `sheet "Capacity"`, or `the policy's defaults (no Capacity sheet)`. */
  description: string;
  rows: CapacityRow[];
  /** Each names its cell, e.g. `Capacity!C4: Group size "eight" is not a number ≥ 0`. */
  problems: CapacityProblem[];
}

/** Where the capacity table is and what it holds: its cells, header row first, from `area`'s top-left. */
export interface CapacityCells {
  kind: CapacitySourceKind;
  description: string;
  /** 0-based position and size on sheet `sheetName`; absent when there is no table. */
  area?: { sheetName: string; row: number; column: number; rows: number; columns: number };
  cells: CellValue[][];
}

/** Finds and parses the workbook's capacity table; reads it in blocks like the cohort. */
export async function readWorkbookCapacity(context: Excel.RequestContext, policy: Policy): Promise<WorkbookCapacity> {
  const { kind, description, area, cells } = await readCapacityCells(context);
  if (!area) return { kind, description, rows: [], problems: [] };
  const topLeft = cellAddress(area.sheetName, area.row, area.column).split("!").pop() as string;
  const parsed = parseCapacityTable(cells, policy, { sheetName: area.sheetName, topLeft });
  return { kind, description, ...parsed };
}

/** Finds the capacity table (a table named Capacity, else a sheet named Capacity) and reads its cells in blocks. */
export async function readCapacityCells(context: Excel.RequestContext): Promise<CapacityCells> {
  // Methods of a null object are not called: existence is checked in one sync, the range loaded in the next.
  const table = context.workbook.tables.getItemOrNullObject(CAPACITY_NAME).load("name");
  const sheet = context.workbook.worksheets.getItemOrNullObject(CAPACITY_NAME).load("name");
  await context.sync();
  if (table.isNullObject && sheet.isNullObject)
    return { kind: "none", description: "the policy's defaults (no Capacity sheet)", cells: [] };

  const kind: CapacitySourceKind = table.isNullObject ? "sheet" : "table";
  const range = table.isNullObject ? sheet.getUsedRangeOrNullObject(true) : table.getRange();
  range.load("rowIndex,columnIndex,rowCount,columnCount");
  const onSheet = table.isNullObject ? sheet : table.worksheet.load("name");
  await context.sync();
  if (range.isNullObject)
    return { kind: "none", description: `the policy's defaults (sheet "${sheet.name}" is empty)`, cells: [] };
  const area = { sheetName: onSheet.name, ...boxOf(range) };

  const cells: CellValue[][] = [];
  const request = { sheetName: area.sheetName, firstRow: area.row, firstColumn: area.column, withFormats: false };
  for await (const block of readRowBlocks(context, { ...request, rowCount: area.rows, columnCount: area.columns }))
    cells.push(...(block.values as CellValue[][]));
  const description =
    kind === "table" ? `table "${CAPACITY_NAME}" on sheet "${area.sheetName}"` : `sheet "${area.sheetName}"`;
  return { kind, description, area, cells };
}

function boxOf(range: Excel.Range) {
  return { row: range.rowIndex, column: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
}
