/** What Excel says about the cells of one column of `rows`, row by row (read through the Excel API). */
export interface ColumnFacts {
  /** The cell is empty (desktop Excel may pass an empty cell to a custom function as 0). */
  empty: readonly boolean[];
  /** The cell's number format shows a percentage. */
  percent: readonly boolean[];
}

/** Facts by 0-based column index of `rows`; a column that is not in the map could not be read. */
export type CellFacts = ReadonlyMap<number, ColumnFacts>;

export const NO_FACTS: CellFacts = new Map();
