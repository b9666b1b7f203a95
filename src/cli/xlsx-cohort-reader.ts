import { readFileSync } from "node:fs";
import { isPercentFormat, type CellValue } from "../parsing";
import { CliError } from "./cli-error";
import { entryBytes, ZipEntry, zipEntries } from "./zip-package";
import { attributeOf, columnNumberOf, stringItemText, unescapeText } from "./xlsx-xml";

/** The parts of an XLSX package the in-place writer reads, and the cohort sheet's cells as exceljs would give them. */
export interface CohortPackage {
  zip: Buffer;
  entries: ZipEntry[];
  sheetName: string;
  sheetNames: string[];
  /** The sheet's position in workbook.xml (a defined name's localSheetId). */
  sheetIndex: number;
  sheetPath: string;
  sheetXml: string;
  stylesXml: string;
  workbookXml: string;
  rows: CellValue[][];
}

export type PackageRead = { ok: true; cohort: CohortPackage } | { ok: false; why: string };

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/**
 * Reads the cohort sheet of an .xlsx as a zip of XML parts (no workbook model). Says why not (for the exceljs path)
 * when the sheet is one this reader cannot take apart safely: a table on it, or cells or rows without references.
 */
export async function readCohortPackage(file: string, sheetName?: string): Promise<PackageRead> {
  let zip: Buffer;
  try {
    zip = readFileSync(file);
  } catch (error) {
    return { ok: false, why: (error as Error).message };
  }
  const entries = zipEntries(zip);
  if (entries === null) return { ok: false, why: "not a zip file this reader takes" };
  const part = (name: string) => {
    const entry = entries.find((e) => e.name === name);
    return entry && entryBytes(zip, entry).toString("utf8");
  };
  const workbookXml = part("xl/workbook.xml");
  const relsXml = part("xl/_rels/workbook.xml.rels");
  if (workbookXml === undefined || relsXml === undefined) return { ok: false, why: "no xl/workbook.xml" };
  const sheets = (workbookXml.match(/<sheet\s[^>]*>/g) ?? []).map((tag) => ({
    name: unescapeText(attributeOf(tag, "name") ?? ""),
    relId: attributeOf(tag, "r:id"),
  }));
  const names = sheets.map((s) => s.name);
  const sheetIndex = sheetName === undefined ? 0 : names.indexOf(sheetName);
  if (sheetName !== undefined && sheetIndex < 0)
    throw new CliError(`${file} has no sheet "${sheetName}" (sheets: ${names.join(", ")})`);
  const rel = (relsXml.match(/<Relationship\s[^>]*>/g) ?? []).find(
    (t) => attributeOf(t, "Id") === sheets[sheetIndex]?.relId,
  );
  const target = rel && attributeOf(rel, "Target");
  if (!target || !/worksheet$/.test(attributeOf(rel, "Type") ?? ""))
    return { ok: false, why: "the sheet is not a worksheet part" };
  const sheetPath = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const sheetXml = part(sheetPath);
  const stylesXml = part("xl/styles.xml") ?? "";
  if (sheetXml === undefined || !stylesXml.includes("</cellXfs>")) return { ok: false, why: "no sheet or styles part" };
  if (/<tablePart\b/.test(sheetXml)) return { ok: false, why: "the sheet holds a table" };
  if (!/<sheetData>/.test(sheetXml)) return { ok: false, why: "the sheet has no rows" };
  const shared = sharedStrings(part("xl/sharedStrings.xml") ?? "");
  const formats = cellFormats(stylesXml);
  const date1904 = /<workbookPr\b[^>]*\sdate1904="(1|true)"/.test(workbookXml);
  const rows = readRows(sheetXml, shared, formats, date1904);
  if (rows === null) return { ok: false, why: "rows or cells without references" };
  const cohort = {
    zip,
    entries,
    sheetName: names[sheetIndex],
    sheetNames: names,
    sheetIndex,
    sheetPath,
    sheetXml,
    stylesXml,
  };
  return { ok: true, cohort: { ...cohort, workbookXml, rows } };
}

function sharedStrings(xml: string): string[] {
  return (xml.match(/<si>[\s\S]*?<\/si>|<si\/>/g) ?? []).map(stringItemText);
}

const BUILT_IN_FORMATS: Record<string, string> = {
  "9": "0%",
  "10": "0.00%",
  ...Object.fromEntries(
    ["mm-dd-yy", "d-mmm-yy", "d-mmm", "mmm-yy", "h:mm AM/PM", "h:mm:ss AM/PM", "h:mm", "h:mm:ss", 'm/d/yy "h":mm'].map(
      (code, i) => [String(14 + i), code],
    ),
  ),
  "45": "mm:ss",
  "46": "[h]:mm:ss",
  "47": "mmss.0",
};

/** The number format code of each cell style (cellXfs index). */
function cellFormats(stylesXml: string): string[] {
  const custom = new Map<string, string>();
  for (const tag of stylesXml.match(/<numFmt\s[^>]*>/g) ?? [])
    custom.set(attributeOf(tag, "numFmtId") ?? "", unescapeText(attributeOf(tag, "formatCode") ?? ""));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? "";
  return (xfs.match(/<xf\b[^>]*>/g) ?? []).map((tag) => {
    const id = attributeOf(tag, "numFmtId") ?? "0";
    return custom.get(id) ?? BUILT_IN_FORMATS[id] ?? "";
  });
}

/** As exceljs decides a date cell: a format with date letters outside quotes and brackets. */
const isDateFormat = (code: string) => /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));

function readRows(sheetXml: string, shared: string[], formats: string[], date1904: boolean): CellValue[][] | null {
  const rows: CellValue[][] = [];
  let width = 0;
  const data = sheetXml.slice(sheetXml.indexOf("<sheetData>"), sheetXml.indexOf("</sheetData>"));
  for (const row of data.matchAll(ROW)) {
    const r = Number(attributeOf(row[1], "r"));
    if (!Number.isInteger(r) || r < 1) return null;
    const cells: CellValue[] = [];
    for (const cell of (row[2] ?? "").matchAll(CELL)) {
      const column = columnNumberOf(attributeOf(cell[1], "r") ?? "");
      if (column < 1) return null;
      while (cells.length < column) cells.push(null);
      cells[column - 1] = cellValue(cell[1], cell[2] ?? "", shared, formats, date1904);
    }
    width = Math.max(width, cells.length);
    while (rows.length < r) rows.push([]);
    rows[r - 1] = cells;
  }
  for (const cells of rows) while (cells.length < width) cells.push(null);
  blankMergedCells(sheetXml, rows);
  return rows;
}

function cellValue(attributes: string, inner: string, shared: string[], formats: string[], date1904: boolean) {
  const type = attributeOf(attributes, "t");
  if (type === "inlineStr") return stringItemText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? "");
  const raw = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (raw === undefined) return null;
  if (type === "s") return shared[Number(raw)] ?? null;
  if (type === "str" || type === "e") return unescapeText(raw);
  if (type === "b") return parseInt(raw, 10) !== 0;
  if (type === "d") return new Date(raw);
  const value = Number(raw);
  const style = Number(attributeOf(attributes, "s") ?? "0");
  const format = style > 0 ? (formats[style] ?? "") : ""; // exceljs gives style 0 no format
  if (isDateFormat(format)) return new Date(Math.round((value - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return isPercentFormat(format) ? `${Number((value * 100).toPrecision(12))}%` : value;
}

/** A merge's value is its first cell's only (as readWorksheet reads it). */
function blankMergedCells(sheetXml: string, rows: CellValue[][]): void {
  for (const [, from, to] of sheetXml.matchAll(/<mergeCell\s+ref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
    const [c1, r1, c2, r2] = [columnNumberOf(from), rowOf(from), columnNumberOf(to), rowOf(to)];
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) if ((r !== r1 || c !== c1) && rows[r - 1]) rows[r - 1][c - 1] = null;
  }
}

const rowOf = (reference: string) => Number(/\d+$/.exec(reference)?.[0]);
