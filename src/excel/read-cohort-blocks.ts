import { CellValue } from "../parsing";
import { isPercentFormat } from "../parsing";
import { BlockLoopOptions, readRowBlocks } from "./read-row-blocks";
import type { CohortLocation } from "./locate-cohort";

/** A block of cohort data rows, ready for `createRowParser`. */
export interface CohortBlock {
  /** 0-based index of the block's first row among the data rows. */
  firstRow: number;
  values: CellValue[][];
  /** Per cell: its number format shows a percentage. */
  percentFormatted: boolean[][];
}

export interface ReadCohortOptions extends BlockLoopOptions {
  /** Called after each block with the data rows read so far and the total. */
  onProgress?: (rowsRead: number, totalRows: number) => void;
}

/** Reads the cohort's data rows in blocks (values and number formats), one sync per block. */
export async function* readCohortBlocks(
  context: Excel.RequestContext,
  location: CohortLocation,
  options: ReadCohortOptions = {},
): AsyncGenerator<CohortBlock> {
  const request = {
    sheetName: location.sheetName,
    firstRow: location.headerRow + 1,
    firstColumn: location.firstColumn,
    rowCount: location.dataRowCount,
    columnCount: location.columnCount,
    withFormats: true,
  };
  for await (const block of readRowBlocks(context, request, options)) {
    const formats = block.formats as unknown[][];
    const cohortBlock: CohortBlock = {
      firstRow: block.offset,
      values: block.values as CellValue[][],
      percentFormatted: formats.map((row) => row.map(isPercentFormat)),
    };
    options.onProgress?.(block.offset + block.values.length, location.dataRowCount);
    yield cohortBlock;
  }
}
