import type { CohortLocation } from "./locate-cohort";

/** Activates the cohort's sheet and selects one sheet row (1-based) across `width` columns from the cohort's first. */
export async function selectCohortRow(
  context: Excel.RequestContext,
  location: CohortLocation,
  sheetRow: number,
  width: number,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(location.sheetName);
  sheet.activate();
  sheet.getRangeByIndexes(sheetRow - 1, location.firstColumn, 1, width).select();
  await context.sync();
}
