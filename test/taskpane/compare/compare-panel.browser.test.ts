import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { COMPARISON_CHART_COLUMN, COMPARISON_TABLE_ROW } from "../../../src/compare";
import { rowRuns } from "../../../src/excel/compare";
import { readRowValues, readSheetsAndCharts, readSheetValues, setAsOf } from "../../support/browser/pane-actions";
import { launchPaneBrowser, PaneBrowser, PaneSession } from "../../support/browser/pane-harness";
import { AS_OF, compareScenario, expectedComparison, FROM, TO } from "./compare-scenario";

type Box = { r0: number; c0: number; r1: number; c1: number };

const readAreas = (page: Page) =>
  page.evaluate(() => {
    const fake = (window as unknown as { __sotpFake: { selection(): { sheet: string; areas?: Box[] } } }).__sotpFake;
    return fake.selection();
  });
const readCharts = (page: Page, sheet: string) =>
  page.evaluate(
    (name) =>
      (window as unknown as { __sotpFake: { charts(n: string): Record<string, unknown>[] } }).__sotpFake.charts(name),
    sheet,
  );

async function compareAndWait(page: Page): Promise<void> {
  await page.click("#compare-run");
  await page.waitForSelector(".sotp-compare[aria-busy=false] .sotp-compare-results:not(:empty)", { timeout: 45_000 });
}

describe("the task pane's Compare policies in Chromium", function () {
  this.timeout(60_000);
  const scenario = compareScenario();
  const expected = expectedComparison(scenario);
  let pane: PaneBrowser;
  let session: PaneSession;

  before(async () => {
    pane = await launchPaneBrowser();
    session = await pane.open(scenario);
    await setAsOf(session.page, AS_OF);
  });
  after(() => pane?.close());

  it("offers the bundled policies, foi-86525 → hmpps-2017 by default", async () => {
    const { page } = session;
    assert.equal(await page.inputValue("#compare-from"), FROM);
    assert.equal(await page.inputValue("#compare-to"), TO);
    assert.equal(await page.isDisabled("#compare-write-sheet"), true);
    await page.locator("#compare-panel").scrollIntoViewIfNeeded();
    await pane.screenshot(page, "20-compare-before", false);
  });

  it("shows the transition lines, largest first, as the pure comparison counts them", async () => {
    const { page } = session;
    await compareAndWait(page);
    const lines = await page.$$eval(".sotp-transition", (buttons) =>
      buttons.map((b) => [
        b.querySelector(".sotp-transition-count")?.textContent,
        b.querySelector(".sotp-transition-programmes")?.textContent,
      ]),
    );
    assert.deepEqual(
      lines,
      expected.transitions.map((t) => [
        String(t.rowIndexes.length),
        t.fromProgramme === t.toProgramme ? t.fromProgramme : `${t.fromProgramme} → ${t.toProgramme}`,
      ]),
    );
    assert.ok(expected.transitions.length >= 4, "the scenario has several lines");
    const first = expected.transitions[0];
    assert.equal(
      await page.getAttribute(".sotp-transition >> nth=0", "aria-label"),
      `${first.rowIndexes.length} people: ${first.fromProgramme} (${first.fromStatus}) to ${first.toProgramme} (${first.toStatus}). Select their rows.`,
    );
    assert.match((await page.textContent(".sotp-compare .sotp-headline")) ?? "", /^\d+ of 400 people change/);
    await page.mouse.move(0, 0);
    await pane.screenshot(page, "21-compare-transitions", true);
    assert.deepEqual(await session.cspViolations(), []);
  });

  it("selects a line's rows in the sheet: one area per run of rows, the cohort's width", async () => {
    const { page } = session;
    const line = expected.transitions[1];
    await page.click(".sotp-transition >> nth=1");
    await page.waitForFunction(() =>
      document.querySelector(".sotp-compare-status")?.textContent?.startsWith("Selected"),
    );
    const selection = await readAreas(page);
    assert.equal(selection.sheet, "Cohort");
    assert.deepEqual(
      selection.areas,
      rowRuns(line.rowIndexes).map(([first, last]) => ({ r0: first + 1, c0: 0, r1: last + 1, c1: 7 })),
    );
    assert.equal(
      await page.textContent(".sotp-compare-status"),
      `Selected ${line.rowIndexes.length} rows on "Cohort" (${line.fromProgramme} → ${line.toProgramme}).`,
    );
    assert.equal(await page.getAttribute(".sotp-transition >> nth=1", "aria-pressed"), "true");
    await page.mouse.move(0, 0);
    await page.locator(".sotp-compare-status").scrollIntoViewIfNeeded();
    await pane.screenshot(page, "22-compare-line-selected", false);
  });

  it("writes the Comparison sheet (table, counts, chart) and changes no other sheet", async () => {
    const { page } = session;
    const cohortBefore = await readSheetValues(page, "Cohort");
    await page.click("#compare-write-sheet");
    await page.waitForFunction(() => document.querySelector(".sotp-compare-status")?.textContent?.startsWith("Wrote"));
    assert.deepEqual(await readSheetValues(page, "Cohort"), cohortBefore);
    assert.deepEqual(await readSheetsAndCharts(page), [
      { name: "Cohort", charts: 0 },
      { name: "Comparison", charts: 1 },
    ]);
    const { sheet } = expected;
    const tableRows = sheet.table.map((_, i) => COMPARISON_TABLE_ROW + i);
    const written = await readRowValues(page, "Comparison", [0, 1, 2, 3, ...tableRows]);
    assert.equal(written[0][0], sheet.title);
    assert.deepEqual(
      written.slice(1, 4).map((row) => row.slice(0, 2)),
      sheet.facts,
    );
    assert.deepEqual(
      written.slice(4).map((row) => row.slice(0, 5)),
      sheet.table,
    );
    const chartData = written.slice(4, 4 + sheet.chartData.length).map((row) => row.slice(COMPARISON_CHART_COLUMN));
    assert.deepEqual(chartData, sheet.chartData);
    const [chart] = await readCharts(page, "Comparison");
    assert.equal(chart.type, "BarClustered");
    assert.equal(chart.categoriesReversed, true);

    await page.click("#compare-write-sheet");
    await page.waitForFunction(() => document.querySelector(".sotp-compare-status")?.textContent?.startsWith("Wrote"));
    assert.deepEqual(await readSheetsAndCharts(page), [
      { name: "Cohort", charts: 0 },
      { name: "Comparison", charts: 1 },
    ]);
  });
});
