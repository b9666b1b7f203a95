import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { cellAddress } from "../../../src/excel";
import { readWorkbookCapacity } from "../../../src/excel/summary";
import { getBundledPolicy } from "../../../src/policies";
import { readFake, readRowValues, routeAndWait, setAsOf, writeCell } from "../../support/browser/pane-actions";
import { launchPaneBrowser, PaneBrowser, PaneSession } from "../../support/browser/pane-harness";
import { sampleWorkbookScenario } from "../../support/browser/sample-workbook";
import { arrangeScenario, PaneScenario } from "../../support/browser/scenario";
import { createFakeExcel } from "../../support/fake-excel";

const AS_OF = "2014-01-01";
const SUMMARY_DONE = ".sotp-summary[aria-busy=false] .sotp-summary-table";
const invalidCount = (page: Page) => page.textContent(".sotp-quality > li[data-status='Invalid'] .sotp-quality-count");
const sourceLine = (page: Page, panel: string) => page.textContent(`${panel} .sotp-source`);

/** The syncs of reading the scenario's capacity table alone, with the Excel layer in Node. */
async function capacitySyncs(scenario: PaneScenario): Promise<number> {
  const fake = createFakeExcel({ firstSheetName: scenario.sheetName });
  arrangeScenario(fake.state, scenario);
  await fake.Excel.run((context) => readWorkbookCapacity(context, getBundledPolicy()));
  return fake.syncCount;
}

/** Excel.run calls the page started from sync number `from`, and their syncs. */
async function runsFrom(page: Page, from: number): Promise<number[]> {
  const fake = await readFake(page);
  return fake.runs.filter((run) => run.firstSync >= from).map((run) => run.endSync - run.firstSync);
}

describe("the task pane keeps a routing run's cohort in memory, in Chromium on the sample workbook", function () {
  this.timeout(60_000);
  let pane: PaneBrowser;
  let session: PaneSession;
  let scenario: PaneScenario;
  let afterRouting: number;

  before(async () => {
    [pane, scenario] = await Promise.all([launchPaneBrowser(), sampleWorkbookScenario({ withOtherSheets: true })]);
    session = await pane.open(scenario, 320);
    const { page } = session;
    await setAsOf(page, AS_OF);
    await page.click("#route");
    await page.waitForSelector(SUMMARY_DONE, { timeout: 45_000 });
    const fake = await readFake(page);
    afterRouting = fake.runs[fake.runs.length - 2].endSync;
  });
  after(() => pane?.close());

  it("summarises after the run reading only the capacity table, and says which run it shows", async () => {
    const { page } = session;
    assert.deepEqual(await runsFrom(page, afterRouting), [await capacitySyncs(scenario)]);
    const rows = /^([\d,]+) rows routed/.exec((await page.textContent("#results-count")) ?? "")?.[1];
    assert.match(
      (await sourceLine(page, ".sotp-summary")) ?? "",
      new RegExp(
        `^From the routing run at \\d\\d:\\d\\d \\(${rows} rows of Cohort\\), not read again\\. ` +
          "Edited the sheet since\\? Press Refresh to read it again\\.$",
      ),
    );
    await page.evaluate(() => document.querySelector("#summary-panel")?.scrollIntoView());
    await pane.screenshot(page, "30-summary-from-routing-run", false);
  });

  it("compares the same cohort under two policies without reading the sheet again", async () => {
    const { page } = session;
    const syncs = (await readFake(page)).syncCount;
    await page.click("#compare-run");
    await page.waitForSelector(".sotp-compare[aria-busy=false] .sotp-transition");
    assert.deepEqual(await runsFrom(page, syncs), [], "no Excel.run at all");
    assert.match(
      (await sourceLine(page, ".sotp-compare")) ?? "",
      /^From the routing run at .*Press Find cohort, then Compare, to read it again\.$/,
    );
    await page.locator(".sotp-compare .sotp-source").scrollIntoViewIfNeeded();
    await pane.screenshot(page, "31-compare-from-routing-run", false);
  });

  it("shows the run it says after the sheet is edited, and the edit once Refresh reads the sheet again", async () => {
    const { page } = session;
    const top = await readRowValues(page, "Cohort", [...Array(20).keys()]);
    const headerRow = top.findIndex((cells) => cells.includes("Status"));
    const status = top[headerRow].indexOf("Status");
    const row = top.findIndex((cells, index) => index > headerRow && cells[status] === "Recommended");
    assert.ok(row > headerRow);
    const before = Number(await invalidCount(page));
    await writeCell(page, "Cohort", cellAddress("Cohort", row, status).split("!")[1], "Invalid");
    assert.equal(Number(await invalidCount(page)), before, "nothing is re-read behind the user's back");

    const syncs = (await readFake(page)).syncCount;
    await page.click("#summary-refresh");
    await page.waitForFunction(() =>
      document.querySelector(".sotp-summary .sotp-source")?.textContent?.startsWith("Read from the sheet"),
    );
    assert.equal(Number(await invalidCount(page)), before + 1);
    const [refreshRun] = await runsFrom(page, syncs);
    assert.ok(refreshRun > (await capacitySyncs(scenario)), `Refresh reads the cohort too (${refreshRun} syncs)`);
    assert.match(
      (await sourceLine(page, ".sotp-summary")) ?? "",
      /^Read from the sheet at \d\d:\d\d \([\d,]+ rows of Cohort\)\.$/,
    );
    await page.evaluate(() => document.querySelector("#summary-panel")?.scrollIntoView());
    await pane.screenshot(page, "32-summary-refreshed", false);

    const beforeCompare = (await readFake(page)).syncCount;
    await page.click("#compare-run");
    await page.waitForSelector(".sotp-compare[aria-busy=false] .sotp-transition");
    assert.equal((await runsFrom(page, beforeCompare)).length, 1, "after Refresh, Compare reads the sheet too");
    assert.match((await sourceLine(page, ".sotp-compare")) ?? "", /^Read from the sheet at /);
    assert.equal(await routeAndWait(page), "success", "routing again works as before");
  });
});
