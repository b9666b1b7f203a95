import type { Page } from "playwright-core";
import type { StoredValue } from "../fake-excel/sheet-state";

/** One `Excel.run` of the page (runs do not overlap): its syncs are `syncLog.slice(firstSync, endSync)`. */
export interface RunWindow {
  firstSync: number;
  /** -1 while the run is still going. */
  endSync: number;
}

/** What the page's fake Excel reports (see fake-excel-page.ts). */
export interface PageFake {
  syncLog: { requestBytes: number; responseBytes: number; outcome: string; methods: string[] }[];
  syncCount: number;
  runs: RunWindow[];
}

/** Sets the as-of date as a user would: through the date input. */
export async function setAsOf(page: Page, iso: string): Promise<void> {
  await page.fill("#as-of", iso);
}

/** Clicks "Route cohort" and waits until the run has ended (results shown, or a notice other than progress). */
export async function routeAndWait(page: Page): Promise<string> {
  await page.click("#route");
  await page.waitForFunction(
    () =>
      document.getElementById("progress-area")?.hidden === true &&
      !document.getElementById("route")?.hasAttribute("disabled"),
    undefined,
    { timeout: 45_000 },
  );
  return (await page.getAttribute("#notice .notice", "data-tone")) ?? "";
}

export function readSheetValues(page: Page, sheetName: string): Promise<[number, StoredValue[]][]> {
  return page.evaluate(
    (name) =>
      (
        window as unknown as { __sotpFake: { sheetValues(n: string): [number, StoredValue[]][] } }
      ).__sotpFake.sheetValues(name),
    sheetName,
  );
}

export function readFake(page: Page): Promise<PageFake> {
  return page.evaluate(() => {
    const fake = (
      window as unknown as {
        __sotpFake: { syncLog(): PageFake["syncLog"]; syncCount(): number; runs(): RunWindow[] };
      }
    ).__sotpFake;
    return { syncLog: fake.syncLog(), syncCount: fake.syncCount(), runs: fake.runs() };
  });
}

/** The syncs of the first `Excel.run` that started at or after sync number `from` (e.g. the one a click began). */
export function syncsOfFirstRunFrom(fake: PageFake, from: number): PageFake["syncLog"] {
  const run = fake.runs.find((candidate) => candidate.firstSync >= from);
  if (!run || run.endSync < 0) throw new Error(`no finished Excel.run from sync ${from}`);
  return fake.syncLog.slice(run.firstSync, run.endSync);
}

/** The workbook's sheet names in order, and how many charts each holds. */
export function readSheetsAndCharts(page: Page): Promise<{ name: string; charts: number }[]> {
  return page.evaluate(() => {
    const fake = (window as unknown as { __sotpFake: { sheetNames(): string[]; chartCount(sheet: string): number } })
      .__sotpFake;
    return fake.sheetNames().map((name) => ({ name, charts: fake.chartCount(name) }));
  });
}

export function readSettings(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    (window as unknown as { __sotpFake: { settings(): Record<string, string> } }).__sotpFake.settings(),
  );
}

export function readSelection(
  page: Page,
): Promise<{ sheet: string; box: { r0: number; c0: number; r1: number; c1: number } }> {
  return page.evaluate(() =>
    (
      window as unknown as {
        __sotpFake: { selection(): { sheet: string; box: { r0: number; c0: number; r1: number; c1: number } } };
      }
    ).__sotpFake.selection(),
  );
}

/** Some rows of a sheet (0-based), without shipping the whole sheet out of the page. */
export function readRowValues(page: Page, sheetName: string, rows: number[]): Promise<StoredValue[][]> {
  return page.evaluate(
    ([name, wanted]) =>
      (
        window as unknown as { __sotpFake: { rowValues(n: string, r: number[]): StoredValue[][] } }
      ).__sotpFake.rowValues(name, wanted),
    [sheetName, rows] as const,
  );
}

/** Edits one cell of the workbook as the user would in Excel, behind the pane's back. */
export function writeCell(page: Page, sheetName: string, address: string, value: StoredValue): Promise<void> {
  return page.evaluate(
    ([name, at, cell]) =>
      (
        window as unknown as { __sotpFake: { writeCell(n: string, a: string, v: StoredValue): void } }
      ).__sotpFake.writeCell(name, at, cell),
    [sheetName, address, value] as const,
  );
}
