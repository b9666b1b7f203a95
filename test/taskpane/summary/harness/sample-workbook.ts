import path from "node:path";
import { readCohortFile, readWorksheet } from "../../../../src/cli/read-cohort-file";
import { CellValue, dayFromDate, excelSerialFromDay } from "../../../../src/parsing";
import type { StoredValue } from "../../../support/fake-excel";

export const SAMPLE_WORKBOOK = path.resolve(__dirname, "../../../../examples/sample-cohort.xlsx");

/** A cell as Excel would hold it: dates as serial numbers, blanks as "". */
function asStored(cell: CellValue): StoredValue {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return excelSerialFromDay(dayFromDate(cell));
  return cell;
}

/** Every sheet of the sample workbook (the cohort first, then its Capacity sheet) as stored cells. */
export async function readSampleSheets(): Promise<{ name: string; cells: StoredValue[][] }[]> {
  const file = await readCohortFile(SAMPLE_WORKBOOK);
  const worksheets = file.workbook?.worksheets ?? [];
  return worksheets.map((sheet) => {
    const { name, rows } = readWorksheet(sheet);
    return { name, cells: rows.map((row) => row.map(asStored)) };
  });
}
