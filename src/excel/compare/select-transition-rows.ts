import type { CohortLocation } from "../locate-cohort";
import { rangeAddress } from "../cell-address";

/**
 * Excel does not document how long a `getRanges` address may be: stay well under 8,192 characters, so a line with
 * rows scattered all over a large cohort selects its first runs of rows and says so.
 */
export const MAX_SELECTED_AREAS = 200;

export interface RowSelection {
  /** Data rows selected. */
  selectedRows: number;
  /** Data rows of the line left unselected (over MAX_SELECTED_AREAS runs of rows). */
  leftOut: number;
}

/** Runs of consecutive data row indexes, e.g. [1, 2, 3, 7] → [[1, 3], [7, 7]]. */
export function rowRuns(rowIndexes: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const index of rowIndexes) {
    const last = runs[runs.length - 1];
    if (last && index === last[1] + 1) last[1] = index;
    else runs.push([index, index]);
  }
  return runs;
}

/** Selects the cohort's cells on the given data rows (one area per run of rows) and activates their sheet. */
export async function selectTransitionRows(
  context: Excel.RequestContext,
  location: CohortLocation,
  rowIndexes: readonly number[],
): Promise<RowSelection> {
  const runs = rowRuns(rowIndexes);
  const kept = runs.slice(0, MAX_SELECTED_AREAS);
  const firstDataRow = location.headerRow + 1;
  const address = kept
    .map(([first, last]) =>
      rangeAddress(
        location.sheetName,
        firstDataRow + first,
        location.firstColumn,
        last - first + 1,
        location.columnCount,
      )
        .split("!")
        .pop(),
    )
    .join(",");
  const sheet = context.workbook.worksheets.getItem(location.sheetName);
  sheet.activate();
  sheet.getRanges(address).select();
  await context.sync();
  const selectedRows = kept.reduce((sum, [first, last]) => sum + last - first + 1, 0);
  return { selectedRows, leftOut: rowIndexes.length - selectedRows };
}
