import { BlockSizing, DEFAULT_BLOCK_SIZING, largestRowBytes, rowsPerBlock } from "./block-sizing";
import { ExcelLayerError, isPayloadLimitError } from "./excel-layer-error";

export interface RowBlockRequest {
  sheetName: string;
  firstRow: number;
  firstColumn: number;
  rowCount: number;
  columnCount: number;
  /** Also load each cell's number format. */
  withFormats: boolean;
}

export interface RawBlock {
  /** 0-based index of the block's first row within the request. */
  offset: number;
  values: unknown[][];
  formats?: unknown[][];
}

export interface BlockLoopOptions {
  sizing?: Partial<BlockSizing>;
  /** Asked between blocks; true stops the loop with a CANCELLED error. */
  isCancelled?: () => boolean;
}

/**
 * Reads a rectangle in row blocks, one `context.sync()` per block, the same columns in every block. The first block
 * assumes `assumedBytesPerCell`; later blocks are sized by the largest row measured so far; a block refused for size
 * is retried at half the rows. A null cell (Excel's sign of a read past its cell cap) is never passed on.
 */
export async function* readRowBlocks(
  context: Excel.RequestContext,
  request: RowBlockRequest,
  options: BlockLoopOptions = {},
): AsyncGenerator<RawBlock> {
  const sizing = { ...DEFAULT_BLOCK_SIZING, ...options.sizing };
  const sheet = context.workbook.worksheets.getItem(request.sheetName);
  let bytesPerRow = sizing.assumedBytesPerCell * request.columnCount * (request.withFormats ? 2 : 1);
  let measured = false;
  let offset = 0;
  while (offset < request.rowCount) {
    if (options.isCancelled?.()) throw new ExcelLayerError("CANCELLED", "Cancelled.");
    let rows = Math.min(rowsPerBlock(bytesPerRow, request.columnCount, sizing), request.rowCount - offset);
    let block: RawBlock | undefined;
    while (!block) {
      const range = sheet.getRangeByIndexes(request.firstRow + offset, request.firstColumn, rows, request.columnCount);
      range.load(request.withFormats ? "values,numberFormat" : "values");
      try {
        await context.sync();
        block = { offset, values: range.values, formats: request.withFormats ? range.numberFormat : undefined };
      } catch (error) {
        if (!isPayloadLimitError(error) || rows === 1) throw error;
        rows = Math.ceil(rows / 2);
      }
    }
    if (block.values.some((row) => row.some((cell) => cell === null)))
      throw new ExcelLayerError(
        "TRUNCATED_READ",
        `Excel returned no values for some cells at row ${request.firstRow + offset + 1}.`,
      );
    const largest = largestRowBytes(block.values, block.formats);
    bytesPerRow = measured ? Math.max(bytesPerRow, largest) : largest;
    measured = true;
    offset += rows;
    yield block;
  }
}
