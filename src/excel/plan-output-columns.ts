import { cellText, normaliseKey, OUTPUT_COLUMNS, OutputColumn } from "../parsing";
import { cellAddress } from "./cell-address";
import type { CohortLocation } from "./locate-cohort";
import { BlockLoopOptions, readRowBlocks } from "./read-row-blocks";
import { isRunMarker } from "./run-marker";

/** Where the outputs go, and what (if anything) is in the way. */
export interface OutputPlan<C extends string = OutputColumn> {
  /** The 0-based sheet column of each output column. */
  columns: Record<C, number>;
  /** Output columns with headers from an earlier run, updated in place. */
  reused: C[];
  /** The header-row cell for the run-in-progress marker, right of the last output column. */
  markerColumn: number;
  /** A marker left by an interrupted run was found: this run repairs it. */
  interruptedRunFound: boolean;
  /** Addresses of non-empty cells where new output columns or the marker would go (at most 50 listed). */
  blockedCells: string[];
  blockedCellCount: number;
}

const MAX_LISTED = 50;

/**
 * Plans the output columns (routing's, or another list such as the risk calculators'): reuses ours from an earlier
 * run, puts the rest right of the data, lists any blocker.
 */
export async function planOutputColumns<C extends string = OutputColumn>(
  context: Excel.RequestContext,
  location: CohortLocation,
  options: BlockLoopOptions = {},
  outputs: readonly C[] = OUTPUT_COLUMNS as readonly OutputColumn[] as readonly C[],
): Promise<OutputPlan<C>> {
  const outputKeys = new Map(outputs.map((name) => [normaliseKey(name), name]));
  const { sheetName, headerRow, firstColumn, columnCount, dataRowCount } = location;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const width = Math.max(location.lastUsedColumn + 1 - firstColumn, columnCount) + outputs.length + 1;
  const header = sheet.getRangeByIndexes(headerRow, firstColumn, 1, width).load("values");
  await context.sync();
  const cells = header.values[0];

  const found = new Map<C, number>();
  cells.forEach((cell, index) => {
    const output = outputKeys.get(normaliseKey(cellText(cell as string)));
    if (output && !found.has(output)) found.set(output, firstColumn + index);
  });
  const ours = new Set(found.values());
  let lastInput = firstColumn - 1;
  for (let column = firstColumn; column < firstColumn + columnCount; column++)
    if (!ours.has(column)) lastInput = column;
  let next = Math.max(lastInput, ...ours) + 1;
  const newColumns: number[] = [];
  const columns = {} as Record<C, number>;
  for (const output of outputs) {
    const existing = found.get(output);
    columns[output] = existing ?? next;
    if (existing === undefined) newColumns.push(next++);
  }
  const markerColumn = Math.max(...(Object.values(columns) as number[])) + 1;
  const markerCell = cells[markerColumn - firstColumn];

  const blocked: string[] = [];
  let blockedCellCount = 0;
  const note = (row: number, column: number) => {
    blockedCellCount++;
    if (blocked.length < MAX_LISTED) blocked.push(cellAddress(sheetName, row, column));
  };
  if (newColumns.length > 0) {
    const area = sheet.getRangeByIndexes(headerRow, newColumns[0], dataRowCount + 1, newColumns.length);
    const used = area.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (!used.isNullObject) {
      const request = { sheetName, firstRow: used.rowIndex, firstColumn: used.columnIndex, withFormats: false };
      const size = { rowCount: used.rowCount, columnCount: used.columnCount };
      for await (const block of readRowBlocks(context, { ...request, ...size }, options)) {
        block.values.forEach((row, r) =>
          row.forEach((cell, c) => cell !== "" && note(used.rowIndex + block.offset + r, used.columnIndex + c)),
        );
      }
    }
  }
  if (cellText(markerCell as string) !== "" && !isRunMarker(markerCell)) note(headerRow, markerColumn);

  return {
    columns,
    reused: outputs.filter((output) => found.has(output)),
    markerColumn,
    interruptedRunFound: cells.some(isRunMarker),
    blockedCells: blocked,
    blockedCellCount,
  };
}
