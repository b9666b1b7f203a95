import assert from "node:assert/strict";
import path from "node:path";
import type { StoredValue } from "../support/fake-excel/sheet-state";
import { readRowValues, routeAndWait, setAsOf } from "../support/browser/pane-actions";
import { launchPaneBrowser, PaneBrowser, PaneSession, SCREENSHOTS } from "../support/browser/pane-harness";
import type { PaneScenario } from "../support/browser/scenario";
import { readCsvRecords, readCsvRows, SHARED_EXAMPLES } from "../support/shared-examples";

const AS_OF = "2014-01-01";
const EXAMPLES_FILE = path.join(SHARED_EXAMPLES, "override-examples.csv");
const INPUT_COLUMNS = 13;
const CYCLES = 3;
const asStored = (text: string): StoredValue => (text !== "" && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);

/** The shared override examples three times over (IDs numbered), with a Site column. */
function overrideScenario(): PaneScenario {
  const [header, ...rows] = readCsvRows(EXAMPLES_FILE);
  return {
    sheetName: "Cohort",
    topLeft: "A1",
    header: [...header.slice(0, INPUT_COLUMNS), "Site"],
    examples: rows.map((row) => [...row.slice(0, INPUT_COLUMNS).map(asStored), "HMP Bure"]),
    rowCount: rows.length * CYCLES,
  };
}

describe("the task pane with overridden rows, in Chromium", function () {
  this.timeout(60_000);
  const expected = readCsvRecords(EXAMPLES_FILE);
  const perCycle = (status: string) => expected.filter((row) => row.Status === status).length;
  let pane: PaneBrowser;
  let session: PaneSession;

  before(async () => {
    pane = await launchPaneBrowser();
    session = await pane.open(overrideScenario());
    await setAsOf(session.page, AS_OF);
    assert.equal(await routeAndWait(session.page), "success");
  });
  after(() => pane?.close());

  it("writes the override's programme and status, and keeps the Override columns as typed", async () => {
    const [header, first] = await readRowValues(session.page, "Cohort", [0, 1]);
    const cell = (name: string) => first[header.indexOf(name)];
    assert.equal(cell("Override"), "LI");
    assert.equal(cell("Override reason"), "Case conference: low dynamic risk");
    assert.equal(cell("Programme"), "Low Intensity");
    assert.equal(cell("Status"), "Overridden");
    assert.equal(cell("Flags"), "OVERRIDDEN");
  });

  it("counts overridden rows on their own line of the results", async () => {
    const counts = await session.page.$$eval("#status-counts li", (items) =>
      items.map((li) => [...li.children].map((span) => span.textContent)),
    );
    assert.deepEqual(
      counts.find(([status]) => status === "Overridden"),
      ["Overridden", String(perCycle("Overridden") * CYCLES)],
    );
    await pane.screenshot(session.page, "20-overrides-results", true);
  });

  it("lists the rows to review first, and the overridden rows when asked, their O-1 reason first", async () => {
    const { page } = session;
    const overrides = perCycle("Overridden") * CYCLES;
    assert.equal(await page.isVisible("#review-switch"), true);
    assert.equal(await page.textContent("#show-overrides"), `${overrides} overrides`);
    assert.equal(await page.getAttribute("#show-review", "aria-pressed"), "true");
    assert.equal(await page.locator("#review-list button").count(), perCycle("Invalid") * CYCLES);

    await page.click("#show-overrides");
    assert.equal(await page.getAttribute("#show-overrides", "aria-pressed"), "true");
    const listed = await page.$$eval("#review-list button", (buttons) =>
      buttons.map((b) => [b.getAttribute("data-row"), b.querySelector(".review-reasons")?.textContent ?? ""]),
    );
    assert.equal(listed.length, overrides);
    assert.equal(listed[0][0], "2");
    assert.match(
      listed[0][1] ?? "",
      /^O-1: overridden to Low Intensity \(the policy recommends High Intensity · Recommended\): Case conference/,
    );
    assert.match((await page.textContent("#review-hint")) ?? "", /treatment manager chose another programme/);
    await page.locator("#results").screenshot({ path: path.join(SCREENSHOTS, "21-overrides-list.png") });

    await page.click("#show-review");
    assert.equal(await page.locator("#review-list button").count(), perCycle("Invalid") * CYCLES);
  });

  it("says in the summary's data quality how many rows were overridden and to what", async () => {
    const { page } = session;
    await page.waitForSelector(".sotp-summary[aria-busy=false] .sotp-quality");
    const line = page.locator('.sotp-quality > li[data-status="Overridden"]');
    assert.equal(await line.locator(".sotp-quality-count").textContent(), String(perCycle("Overridden") * CYCLES));
    const byProgramme = await line.locator("li").allTextContents();
    assert.deepEqual(byProgramme, [
      `${3 * CYCLES} × to High Intensity`,
      `${2 * CYCLES} × to Low Intensity`,
      `${CYCLES} × to None`,
      `${CYCLES} × to Living as New Me`,
      `${CYCLES} × to Healthy Sex Programme`,
    ]);
    await pane.screenshot(page, "22-overrides-data-quality", true);
    await page
      .locator(".sotp-quality")
      .screenshot({ path: path.join(SCREENSHOTS, "23-overrides-data-quality-list.png") });
  });
});
