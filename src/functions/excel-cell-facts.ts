import type { CellFacts, ColumnFacts } from "./cell-facts";
import { NO_FACTS } from "./cell-facts";
import { isPercentFormat } from "../parsing";

/**
 * Reads, through the Excel API (read-only, allowed for custom functions in a shared runtime), the number formats and
 * value types of some columns of the range at `address` (from `invocation.parameterAddresses`). One sync; no call
 * at all when no column is needed. Returns NO_FACTS when the argument is not a range (an array constant or another
 * formula's result has no address) or Excel cannot answer: callers then never guess a percentage.
 */
export async function readCellFacts(address: string | undefined, columns: readonly number[]): Promise<CellFacts> {
  if (columns.length === 0 || !address || typeof Excel === "undefined") return NO_FACTS;
  try {
    const context = new Excel.RequestContext();
    const { sheet, range } = splitSheetAddress(address);
    const worksheet = sheet
      ? context.workbook.worksheets.getItem(sheet)
      : context.workbook.worksheets.getActiveWorksheet();
    const whole = worksheet.getRange(range);
    const loaded = columns.map((column) => whole.getColumn(column).load(["numberFormat", "valueTypes"]));
    await context.sync();
    const facts = new Map<number, ColumnFacts>();
    const isPercent = createPercentFormatReader();
    columns.forEach((column, index) => {
      const { numberFormat, valueTypes } = loaded[index];
      facts.set(column, {
        empty: valueTypes.map((row) => row[0] === Excel.RangeValueType.empty),
        percent: numberFormat.map((row) => isPercent(row[0])),
      });
    });
    return facts;
  } catch {
    return NO_FACTS;
  }
}

/** Whether a number format shows a percentage; a column repeats a few formats, each read once. */
function createPercentFormatReader(): (format: unknown) => boolean {
  const byFormat = new Map<unknown, boolean>();
  return (format) => {
    let percent = byFormat.get(format);
    if (percent === undefined) byFormat.set(format, (percent = isPercentFormat(String(format))));
    return percent;
  };
}

/** `'My sheet'!A2:P20` → sheet `My sheet`, range `A2:P20`; `A2:P20` → no sheet. */
export function splitSheetAddress(address: string): { sheet: string | null; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, range: address };
  const sheet = address
    .slice(0, bang)
    .replace(/^'(.*)'$/s, "$1")
    .replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}
