import type { ExcelHost } from "./excel-session";

/**
 * The Excel namespace the pane should use: Office's when running in Excel, else one injected on the page (the
 * browser tests' fake), else null: the pane was opened in a plain browser.
 */
export function chooseExcelHost(host: string | null | undefined, scope: { Excel?: unknown }): ExcelHost | null {
  const candidate = scope.Excel as Partial<ExcelHost> | undefined;
  if (typeof candidate?.run !== "function") return null;
  if (host === "Excel" || host === null || host === undefined) return candidate as ExcelHost;
  return null;
}
