import assert from "node:assert/strict";
import path from "node:path";
import type { Page } from "playwright-core";
import { calculateScenarioInNode, calculatorScenario } from "../support/browser/calculator-scenario";
import { readSelection, readSheetValues, routeAndWait, setAsOf } from "../support/browser/pane-actions";
import { launchPaneBrowser, PaneBrowser, PaneSession, SCREENSHOTS } from "../support/browser/pane-harness";

/** Clicks "Calculate risk scores" and waits for the run to end; returns the notice's tone. */
async function calculateAndWait(page: Page): Promise<string> {
  await page.click("#calculate-risk");
  await page.waitForFunction(() => {
    const tone = document.querySelector("#calculator-notice .notice")?.getAttribute("data-tone");
    return (
      tone !== undefined && tone !== "info" && !document.getElementById("calculate-risk")?.hasAttribute("disabled")
    );
  });
  return (await page.getAttribute("#calculator-notice .notice", "data-tone")) ?? "";
}

describe("the task pane's Calculate risk scores in Chromium", function () {
  this.timeout(60_000);
  const scenario = calculatorScenario();
  let pane: PaneBrowser;
  let session: PaneSession;
  let expected: Awaited<ReturnType<typeof calculateScenarioInNode>>;

  before(async function () {
    this.timeout(240_000); // the first browser test of a run builds the add-in
    pane = await launchPaneBrowser();
    session = await pane.open(scenario);
    expected = await calculateScenarioInNode(scenario);
  });
  after(() => pane?.close());

  it("writes exactly the cells the Excel layer writes, and says how each calculator came out", async () => {
    const { page } = session;
    assert.equal(await calculateAndWait(page), "success");
    assert.deepEqual(await readSheetValues(page, "Cohort"), expected.values);
    assert.equal(await page.textContent("#calculator-notice .notice-title"), "Risk scores calculated for 22 rows");
    assert.deepEqual(await page.locator("#calculator-tallies li").allTextContents(), [
      "OGRS3 7 scored · 3 Invalid",
      "OSP/DC 6 scored · 2 not applicable · 2 Invalid",
      "OSP/IIC 8 scored · 2 not applicable",
      "RM2000/s 5 scored · 1 not applicable · 1 Invalid",
    ]);
    assert.equal(await page.locator("#calculator-panel .review-list button").count(), 4);
    await pane.screenshot(page, "calc-01-calculated", true);
    await page.locator("#calculator-panel").screenshot({ path: path.join(SCREENSHOTS, "calc-01-panel.png") });
  });

  it("re-reads the columns for routing: the computed OGRS3 2yr % now feeds OGRS3", async () => {
    const { page } = session;
    const ogrs3Column = scenario.header.length + 1; // the second derived column
    await page.waitForSelector(`#map-col-${ogrs3Column}`);
    assert.equal(await page.inputValue(`#map-col-${ogrs3Column}`), "ogrs3");
  });

  it("selects a row with Invalid items when it is chosen", async () => {
    const { page } = session;
    await page.click('#calculator-panel .review-list button[data-row="23"]');
    await page.waitForFunction(() => {
      const fake = (window as unknown as { __sotpFake: { selection(): { box: { r0: number } } } }).__sotpFake;
      return fake.selection().box.r0 === 22;
    });
    const { box } = await readSelection(page);
    assert.deepEqual(box, { r0: 22, c0: 0, r1: 22, c1: scenario.header.length + 14 });
  });

  it("changes nothing when run again", async () => {
    const { page } = session;
    assert.equal(await calculateAndWait(page), "success");
    assert.deepEqual(await readSheetValues(page, "Cohort"), expected.values);
  });

  it("offers to route on the computed RM2000/s band, since the sheet has no RM2000/s column", async () => {
    const { page } = session;
    await page.waitForSelector("#calculator-offer:not([hidden])");
    assert.equal(await page.textContent("#calculator-offer .notice-title"), "No assessed RM2000/s column");
    assert.equal(await page.textContent("#calculator-offer button"), "Route on RM2000/s band");
    await page.locator("#calculator-panel").screenshot({ path: path.join(SCREENSHOTS, "calc-03-offer.png") });
    await page.evaluate(() => document.getElementById("calculator-offer")?.scrollIntoView({ block: "center" }));
    await page.locator("#calculator-offer").screenshot({ path: path.join(SCREENSHOTS, "calc-03-offer-box.png") });
  });

  it("routes on the computed band once accepted, every row's reasons saying it was computed", async () => {
    const { page } = session;
    await page.click('#calculator-offer button[data-field="rm2000s"]');
    await page.waitForSelector("#calculator-offer .notice-success");
    const bandColumn = scenario.header.length + 13;
    await page.waitForFunction(
      (id) => (document.getElementById(id) as HTMLSelectElement | null)?.value === "rm2000s",
      `map-col-${bandColumn}`,
    );
    await setAsOf(page, "2014-01-01");
    assert.equal(await routeAndWait(page), "success");
    const values = await readSheetValues(page, "Cohort");
    const header = values[0][1].map(String);
    const reasons = values.slice(1).map(([, cells]) => String(cells[header.indexOf("Reasons")]));
    assert.equal(reasons.length, 22);
    for (const text of reasons) assert.match(text, /RM2000\/s was computed: read from "RM2000\/s band"/);
    await page.locator("#calculator-panel").screenshot({ path: path.join(SCREENSHOTS, "calc-04-accepted.png") });
    await pane.screenshot(page, "calc-04-routed", true);
  });

  it("writes nothing and lists the cell when something is in the way", async () => {
    const blocked = calculatorScenario({ cells: [{ address: "Z10", value: "note" }] });
    const { page } = await pane.open(blocked);
    const before = await readSheetValues(page, "Cohort");
    assert.equal(await calculateAndWait(page), "error");
    assert.equal(
      await page.textContent("#calculator-notice .notice-title"),
      "Nothing was written: cells are in the way",
    );
    assert.deepEqual(await page.locator("#calculator-notice .cell-list li").allTextContents(), ["Cohort!Z10"]);
    assert.deepEqual(await readSheetValues(page, "Cohort"), before);
    await pane.screenshot(page, "calc-02-blocked", true);
    await page.locator("#calculator-panel").screenshot({ path: path.join(SCREENSHOTS, "calc-02-panel.png") });
  });
});
