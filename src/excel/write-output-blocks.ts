import type { OutputColumn } from "../parsing";
import { BlockSizing, DEFAULT_BLOCK_SIZING, measureJsonBytes } from "./block-sizing";
import { rangeAddress } from "./cell-address";
import { ExcelLayerError, isPayloadLimitError } from "./excel-layer-error";
import type { CohortLocation } from "./locate-cohort";
import type { OutputPlan } from "./plan-output-columns";
import { BlockLoopOptions } from "./read-row-blocks";
import { RUN_MARKER_TEXT } from "./run-marker";

/** One row's output cells by column: routing's text, or the calculators' numbers and text. */
export type OutputRow<C extends string = OutputColumn> = Readonly<Record<C, string | number>>;

export interface WriteOutputOptions extends BlockLoopOptions {
  onProgress?: (rowsWritten: number, totalRows: number) => void;
}

/** Output columns that sit side by side, written as one range per block. */
interface Segment<C extends string> {
  column: number;
  outputs: C[];
}

function segmentsOf<C extends string>(plan: OutputPlan<C>): Segment<C>[] {
  const sorted = (Object.keys(plan.columns) as C[]).sort((a, b) => plan.columns[a] - plan.columns[b]);
  const segments: Segment<C>[] = [];
  for (const output of sorted) {
    const last = segments[segments.length - 1];
    if (last && last.column + last.outputs.length === plan.columns[output]) last.outputs.push(output);
    else segments.push({ column: plan.columns[output], outputs: [output] });
  }
  return segments;
}

/**
 * Writes the output columns in row blocks, one sync per block, values only. First the headers and a visible
 * run-in-progress marker; after the last block the table is extended once and the marker cleared. A failed sync or
 * a Cancel leaves the marker, and running again writes over the same columns.
 */
export async function writeOutputBlocks<C extends string = OutputColumn>(
  context: Excel.RequestContext,
  location: CohortLocation,
  plan: OutputPlan<C>,
  rows: readonly OutputRow<C>[],
  options: WriteOutputOptions = {},
): Promise<void> {
  if (plan.blockedCellCount > 0)
    throw new ExcelLayerError(
      "OUTPUT_BLOCKED",
      `Cells are in the way: ${plan.blockedCells.join(", ")}`,
      plan.blockedCells,
    );
  if (rows.length !== location.dataRowCount)
    throw new RangeError(`${rows.length} output rows for ${location.dataRowCount} data rows`);
  const sizing: BlockSizing = { ...DEFAULT_BLOCK_SIZING, ...options.sizing };
  const sheet = context.workbook.worksheets.getItem(location.sheetName);
  const segments = segmentsOf(plan);
  const { headerRow } = location;

  for (const segment of segments)
    sheet.getRangeByIndexes(headerRow, segment.column, 1, segment.outputs.length).values = [segment.outputs];
  sheet.getRangeByIndexes(headerRow, plan.markerColumn, 1, 1).values = [[RUN_MARKER_TEXT]];
  await context.sync();

  let offset = 0;
  while (offset < rows.length) {
    if (options.isCancelled?.()) throw new ExcelLayerError("CANCELLED", `Cancelled after ${offset} rows.`);
    let count = rowsThatFit(rows, Object.keys(plan.columns) as C[], offset, sizing);
    for (;;) {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      for (const segment of segments) {
        const block = rows.slice(offset, offset + count).map((row) => segment.outputs.map((output) => row[output]));
        sheet.getRangeByIndexes(headerRow + 1 + offset, segment.column, count, segment.outputs.length).values = block;
      }
      try {
        await context.sync();
        break;
      } catch (error) {
        if (!isPayloadLimitError(error) || count === 1) throw error;
        count = Math.ceil(count / 2);
      }
    }
    offset += count;
    options.onProgress?.(offset, rows.length);
  }

  const lastColumn = Math.max(
    location.firstColumn + location.columnCount - 1,
    ...(Object.values(plan.columns) as number[]),
  );
  if (location.tableName !== null && lastColumn >= location.firstColumn + location.columnCount) {
    const width = lastColumn - location.firstColumn + 1;
    const address = rangeAddress(location.sheetName, headerRow, location.firstColumn, location.dataRowCount + 1, width);
    context.workbook.tables.getItem(location.tableName).resize(address);
  }
  sheet.getRangeByIndexes(headerRow, plan.markerColumn, 1, 1).values = [[""]];
  await context.sync();
}

/** How many rows from `offset` fit one block: their JSON size, not a fixed count. */
function rowsThatFit<C extends string>(
  rows: readonly OutputRow<C>[],
  outputs: readonly C[],
  offset: number,
  sizing: BlockSizing,
): number {
  const maxRows = Math.max(1, Math.floor(sizing.maxCellsPerBlock / outputs.length));
  let bytes = 0;
  let count = 0;
  while (offset + count < rows.length && count < maxRows) {
    bytes += measureJsonBytes(outputs.map((output) => rows[offset + count][output]));
    if (count > 0 && bytes > sizing.targetBytes) break;
    count++;
  }
  return count;
}
