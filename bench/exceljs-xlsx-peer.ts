/**
 * The XLSX peer: an exceljs streaming copy of a workbook's first sheet (read row by row, written row by row, no
 * routing), what a user could script instead. Reports wall time and peak memory as measure-cli does.
 */
import ExcelJS from "exceljs";

async function copyFirstSheet(input: string, output: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: output, useStyles: true, useSharedStrings: false });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
  });
  for await (const sheet of reader) {
    const copy = writer.addWorksheet("Cohort");
    for await (const row of sheet) copy.addRow(row.values as ExcelJS.CellValue[]).commit();
    copy.commit();
    break;
  }
  await writer.commit();
}

const started = process.hrtime.bigint();
const [input, output] = process.argv.slice(2);
copyFirstSheet(input, output).then(
  () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    process.stderr.write(
      `\n${JSON.stringify({ code: 0, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
    );
  },
  (error: Error) => {
    process.stderr.write(`${error.message}\n${JSON.stringify({ code: 1, seconds: 0, maxRssMb: 0 })}\n`);
  },
);
