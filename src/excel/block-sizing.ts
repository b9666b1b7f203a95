/**
 * How big a block of rows may be (see docs/adr/0002-block-sizing.md). Excel on the web refuses a request or a
 * response over 5 MB; a block aims at well under half of that, measured in JSON bytes, so a later block whose rows
 * are longer than any seen so far still fits.
 */
export interface BlockSizing {
  /** JSON bytes a block aims at (values, plus number formats when reading). */
  targetBytes: number;
  /** Never more cells in one range than this, far below the 5,000,000-cell read cap. */
  maxCellsPerBlock: number;
  /** Bytes per cell assumed before any row has been measured. */
  assumedBytesPerCell: number;
}

export const DEFAULT_BLOCK_SIZING: BlockSizing = {
  targetBytes: 2_000_000,
  maxCellsPerBlock: 1_000_000,
  assumedBytesPerCell: 64,
};

const encoder = new TextEncoder();
const NON_ASCII = /[^ -~]/;

/** The UTF-8 size of a value as JSON: what a row adds to a request or a response. */
export function measureJsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return NON_ASCII.test(json) ? encoder.encode(json).length : json.length;
}

/** How many rows of `bytesPerRow` (the largest row measured) fit a block. At least one. */
export function rowsPerBlock(bytesPerRow: number, columnCount: number, sizing: BlockSizing): number {
  const byBytes = Math.floor(sizing.targetBytes / Math.max(1, bytesPerRow));
  const byCells = Math.floor(sizing.maxCellsPerBlock / Math.max(1, columnCount));
  return Math.max(1, Math.min(byBytes, byCells));
}

/** The size of the largest row of a block, values and formats together. */
export function largestRowBytes(values: readonly unknown[][], formats?: readonly unknown[][]): number {
  let largest = 0;
  values.forEach((row, index) => {
    const bytes = measureJsonBytes(row) + (formats ? measureJsonBytes(formats[index]) : 0);
    if (bytes > largest) largest = bytes;
  });
  return largest;
}
