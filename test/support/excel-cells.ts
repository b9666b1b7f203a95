import { parseIsoDay, excelSerialFromDay } from "../../src/parsing";

/**
 * A CSV cell as Excel would pass it to a custom function: empty → null, a plain number → number, an ISO date →
 * its date serial, anything else → text.
 */
export function toExcelCell(text: string): string | number | null {
  if (text.trim() === "") return null;
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  const day = parseIsoDay(text);
  return day === null ? text : excelSerialFromDay(day);
}

export const AS_OF_2014_SERIAL = excelSerialFromDay(parseIsoDay("2014-01-01") as number);
