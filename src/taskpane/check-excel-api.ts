import type { PaneNotice } from "./pane-text";

/** What `Office.context.requirements` offers. */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * The newest Excel API set the pane calls: `Table.resize` (extending a cohort table with its results) is ExcelApi
 * 1.13; it also uses `Range.getTables` (1.9) and workbook settings (1.4), which every 1.13 host has.
 */
export const REQUIRED_EXCEL_API = { name: "ExcelApi", version: "1.13" } as const;

/**
 * A notice when the Excel the pane runs in lacks the API set it needs, else null. Only Office's own Excel is checked
 * (`host` "Excel"); the browser tests' injected Excel has no requirement sets to ask.
 */
export function describeMissingExcelApi(
  host: string | null | undefined,
  requirements: RequirementChecker | undefined,
): PaneNotice | null {
  if (host !== "Excel") return null;
  const { name, version } = REQUIRED_EXCEL_API;
  if (requirements?.isSetSupported(name, version) === true) return null;
  return {
    tone: "error",
    title: "This version of Excel is too old for SOTP Router",
    detail:
      `SOTP Router needs the Excel JavaScript API ${name} ${version} (Excel for Microsoft 365 version 2102 or ` +
      "later, or Excel on the web). Update Excel, or open the workbook in Excel on the web. Nothing in the workbook was read or changed.",
    cells: [],
  };
}
