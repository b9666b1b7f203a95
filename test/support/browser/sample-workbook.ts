import path from "node:path";
import { readCohortFile, readWorksheet } from "../../../src/cli/read-cohort-file";
import { CellValue, dayFromDate, excelSerialFromDay } from "../../../src/parsing";
import type { StoredValue } from "../fake-excel";
import type { PaneScenario } from "./scenario";

export const SAMPLE_WORKBOOK = path.resolve(__dirname, "../../../examples/sample-cohort.xlsx");

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

/** examples/sample-cohort.xlsx as the pane will find it: its cohort sheet active, and its other sheets unless dropped. */
export async function sampleWorkbookScenario(options: { withOtherSheets: boolean }): Promise<PaneScenario> {
  const [cohort, ...others] = await readSampleSheets();
  const [header, ...rows] = cohort.cells;
  return {
    sheetName: cohort.name,
    topLeft: "A1",
    header: header.map(String),
    examples: rows,
    rowCount: rows.length,
    idsAsGiven: true,
    otherSheets: options.withOtherSheets ? others : [],
  };
}
