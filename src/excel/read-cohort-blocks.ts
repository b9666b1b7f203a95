import { CellValue, isPercentFormat, RowFacts } from "../parsing";
import { BlockLoopOptions, readRowBlocks } from "./read-row-blocks";
import type { CohortLocation } from "./locate-cohort";

/** A block of cohort data rows, ready for the cohort pipeline (`beginCohort`). */
export interface CohortBlock {
  /** 0-based index of the block's first row among the data rows. */
  firstRow: number;
  values: CellValue[][];
  /** Per row: which cells' number formats show a percentage. */
  facts: RowFacts[];
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
      facts: formats.map((row) => ({ percent: row.map(isPercentFormat) })),
    };
    options.onProgress?.(block.offset + block.values.length, location.dataRowCount);
    yield cohortBlock;
  }
}
