import { mkdirSync } from "node:fs";
import path from "node:path";
import { keptColumns, tableWidth } from "./output-table";
import type { Routed } from "./route-cohort-file";
import type { CohortPackage } from "./xlsx-cohort-reader";
import { rewrittenRows, SheetLayout } from "./xlsx-sheet-rewrite";
import { sheetHead, sheetTail } from "./xlsx-sheet-settings";
import { StyleBook } from "./xlsx-styles-edit";
import { columnLetters, escapeText } from "./xlsx-xml";
import { deflatedEntry, NewEntry, writeZip } from "./zip-package";

/** Whether the in-place writer can take this routing: it appends outputs, so a sheet with old outputs cannot. */
export function canWriteInPlace(cohort: CohortPackage, routed: Routed): boolean {
  const width = tableWidth(cohort.rows);
  return keptColumns(routed, width).length === width;
}

/**
 * Writes the routed workbook by editing the input package: the cohort sheet (its rows with the outputs appended),
 * appended cell styles, and the print titles in workbook.xml. Every other part is copied as it was, still compressed.
 */
export async function writeXlsxInPlace(cohort: CohortPackage, routed: Routed, output: string, idField?: string) {
  const { sheetXml } = cohort;
  const layout: SheetLayout = {
    headerRow: routed.headerRow + 1,
    width: tableWidth(cohort.rows),
    lastRow: Math.max(cohort.rows.length, routed.headerRow + 1),
  };
  const styles = new StyleBook(cohort.stylesXml);
  const head = sheetHead(sheetXml.slice(0, sheetXml.indexOf("<sheetData>")), cohort.rows, layout, styles);
  const tail = sheetTail(sheetXml.slice(sheetXml.indexOf("</sheetData>") + "</sheetData>".length), layout, styles);
  const pieces = function* () {
    yield `${head}<sheetData>`;
    yield* rewrittenRows(sheetXml, routed, layout, styles);
    yield `</sheetData>${tail}`;
  };
  const replaced = new Map<string, NewEntry>();
  replaced.set(cohort.sheetPath, await deflatedEntry(cohort.sheetPath, pieces()));
  replaced.set(STYLES, await deflatedEntry(STYLES, [styles.toXml()])); // after the rows: they add the styles
  const workbook = withPrintTitles(cohort, layout.headerRow, idColumnOf(routed, idField));
  replaced.set(WORKBOOK, await deflatedEntry(WORKBOOK, [workbook]));
  mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  writeZip(output, cohort.zip, cohort.entries, replaced);
}

const STYLES = "xl/styles.xml";
const WORKBOOK = "xl/workbook.xml";

function idColumnOf(routed: Routed, idField: string | undefined): number | null {
  if (idField === undefined) return null;
  const original = routed.mapping.roles.findIndex((role) => role.kind === "field" && role.field === idField);
  return original < 0 ? null : original + 1;
}

/** The header row (and the ID column) printed on every page: the sheet's `_xlnm.Print_Titles`, others kept. */
function withPrintTitles(cohort: CohortPackage, headerRow: number, idColumn: number | null): string {
  const sheet = `'${cohort.sheetName.replace(/'/g, "''")}'`;
  const letters = idColumn === null ? null : columnLetters(idColumn);
  const ranges = [...(letters ? [`${sheet}!$${letters}:$${letters}`] : []), `${sheet}!$${headerRow}:$${headerRow}`];
  const name = `<definedName name="_xlnm.Print_Titles" localSheetId="${cohort.sheetIndex}">${escapeText(ranges.join(","))}</definedName>`;
  const own = new RegExp(
    `<definedName\\b(?=[^>]*name="_xlnm\\.Print_Titles")(?=[^>]*localSheetId="${cohort.sheetIndex}")[^>]*>[\\s\\S]*?</definedName>`,
  );
  let xml = cohort.workbookXml.replace(own, "");
  if (/<definedNames\/>/.test(xml)) xml = xml.replace("<definedNames/>", "<definedNames></definedNames>");
  if (xml.includes("</definedNames>")) return xml.replace("</definedNames>", `${name}</definedNames>`);
  return xml.replace("</sheets>", `</sheets><definedNames>${name}</definedNames>`);
}
