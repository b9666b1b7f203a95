import { TWO_DECIMAL_COLUMNS } from "../calculators";
import type { CohortLocation } from "./locate-cohort";
import type { OutputPlan } from "./plan-output-columns";

const HEADER_FILL = "#DCE6F1";
const SCORE_WIDTH = 80;
const BAND_WIDTH = 90;
const MESSAGE_WIDTH = 260;

/**
 * Formats the calculators' columns once each, after the values: header style, widths, wrapped messages, and `0.00`
 * for the two % columns.
 */
export async function formatCalculatorColumns(
  context: Excel.RequestContext,
  location: CohortLocation,
  plan: OutputPlan<string>,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(location.sheetName);
  const { headerRow, dataRowCount } = location;
  for (const [name, column] of Object.entries(plan.columns)) {
    const header = sheet.getRangeByIndexes(headerRow, column, 1, 1);
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    header.format.columnWidth = widthOf(name);
    if (dataRowCount === 0) continue;
    const body = sheet.getRangeByIndexes(headerRow + 1, column, dataRowCount, 1);
    if (name.endsWith(" message")) body.format.wrapText = true;
    // A single value applies to every cell of the range (Excel.Range.numberFormat); the typings want a 2-D array.
    if (TWO_DECIMAL_COLUMNS.includes(name)) body.numberFormat = "0.00" as unknown as string[][];
  }
  await context.sync();
}

function widthOf(name: string): number {
  if (name.endsWith(" message")) return MESSAGE_WIDTH;
  return name.endsWith(" band") ? BAND_WIDTH : SCORE_WIDTH;
}
