import type ExcelJS from "exceljs";

/** exceljs takes ~0.3 s to load: load it only when an XLSX file is read or written, never for CSV. */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}
