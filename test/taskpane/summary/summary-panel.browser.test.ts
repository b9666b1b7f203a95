import assert from "node:assert/strict";
import { openSummaryPage, SCREENSHOTS, SummaryPage } from "./harness/summary-harness";
import { readSampleSheets } from "./harness/sample-workbook";

// Figures from `sotp summary examples/sample-cohort.xlsx --as-of 2014-01-01` (the same engine, read from the file).
const FIRST_ROWS = [
  ["HMP Bure", "10", "0", "48", "0.21 Green", "8.7", "1"],
  ["HMP Littlehey", "7", "1", "48", "0.15 Green", "0.0", "2"],
];
const HI_WHATTON = ["HMP Whatton", "26", "0", "0", "no places Red", "–", "24"];

describe("the capacity summary panel in Chromium, on the routed sample cohort", function () {
  this.timeout(60_000);
  let summary: SummaryPage;

  before(async () => {
    summary = await openSummaryPage({ sheets: await readSampleSheets(), today: "2026-11-27" });
    await summary.page.evaluate(() =>
      (window as unknown as { __routeAndAnnounce(asOf: string): Promise<void> }).__routeAndAnnounce("2014-01-01"),
    );
    await summary.page.waitForSelector(".sotp-summary-table tbody tr");
  });
  after(() => summary?.close());

  it("refreshes after the routing run, taking its as-of date", async () => {
    const { page } = summary;
    assert.equal(await page.inputValue("#summary-as-of"), "2014-01-01");
    assert.equal(await page.textContent(".sotp-summary-heading"), "Cohort, as of 2014-01-01 (foi-86525@1.0.0)");
    assert.equal(await page.textContent("[role=status]"), "Summary of 500 rows.");
  });

  it("shows one table row per programme and site with the engine's figures", async () => {
    const rows = await summary.page.$$eval(".sotp-summary-table tbody tr[data-programme]", (trs) =>
      trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? "")),
    );
    assert.equal(rows.length, 16);
    assert.deepEqual(rows.slice(0, 2), FIRST_ROWS);
    assert.deepEqual(rows[8], HI_WHATTON);
    const groups = await summary.page.$$eval(".sotp-summary-table tr.sotp-group", (trs) =>
      trs.map((tr) => tr.textContent),
    );
    assert.deepEqual(groups, ["Low Intensity", "High Intensity", "Becoming New Me", "New Me Coping"]);
  });

  it("says first how many places are over capacity and how many people are at risk", async () => {
    assert.equal(
      await summary.page.textContent(".sotp-headline"),
      "4 of 16 programme sites over capacity (red), 1 near it (amber). 59 people may be released before finishing.",
    );
  });

  it("draws a demand bar and a places bar per row, coloured by pressure", async () => {
    const { page } = summary;
    assert.equal(await page.locator("svg.sotp-chart .sotp-bar-demand").count(), 16);
    assert.equal(await page.locator("svg.sotp-chart .sotp-bar-places").count(), 16);
    assert.equal(await page.getAttribute("svg.sotp-chart", "role"), "img");
    const whatton = page.locator("svg.sotp-chart .sotp-chart-row").nth(8);
    assert.equal(await whatton.locator(".sotp-bar-demand").getAttribute("fill"), "#c50f1f");
    assert.equal(await whatton.locator(".sotp-bar-places title").textContent(), "no places");
  });

  it("counts the rows that need a look, with their commonest reasons", async () => {
    const lines = await summary.page.$$eval(".sotp-quality > li", (items) =>
      items.map(
        (li) => `${li.querySelector(".sotp-quality-count")?.textContent} ${li.querySelector("strong")?.textContent}`,
      ),
    );
    assert.deepEqual(lines, ["5 Invalid", "18 Incomplete", "14 Out of scope", "143 Not commissioned"]);
    await summary.screenshot("panel");
    await summary.page.locator(".sotp-table-scroll").screenshot({ path: `${SCREENSHOTS}/summary-table.png` });
    const scroll = await summary.page.$eval(".sotp-table-scroll", (el) => [el.scrollWidth, el.clientWidth]);
    assert.ok(scroll[0] <= scroll[1], `the table fits a 320 px pane without scrolling (${scroll[0]} > ${scroll[1]})`);
  });

  it("writes the SOTP Summary sheet with a chart when asked, by keyboard", async () => {
    const { page } = summary;
    await page.focus("#summary-write-sheet");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("[role=status]")?.textContent?.startsWith("Wrote"));
    const state = await page.evaluate(() => {
      const fake = (window as unknown as { __summaryFake: Record<string, (...a: unknown[]) => unknown> }).__summaryFake;
      return {
        sheets: fake.sheetNames(),
        charts: fake.charts("SOTP Summary"),
        title: fake.value("SOTP Summary", 7, 0),
      };
    });
    assert.deepEqual(state.sheets, ["Cohort", "Capacity", "SOTP Summary"]);
    assert.equal((state.charts as unknown[]).length, 1);
    assert.equal(state.title, "Programme");
  });
});
