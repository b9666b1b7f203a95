import assert from "node:assert/strict";
import { EXAMPLE_HEADER, exampleScenario } from "../support/browser/example-scenarios";
import { readSettings, readSheetValues, routeAndWait, setAsOf } from "../support/browser/pane-actions";
import { launchPaneBrowser, PaneBrowser } from "../support/browser/pane-harness";
import { routeScenarioInNode } from "../support/browser/route-in-node";

describe("correcting the column mapping in the task pane", function () {
  this.timeout(60_000);
  const RISK_COLUMN = EXAMPLE_HEADER.indexOf("RM2000/s");
  const header = EXAMPLE_HEADER.map((h, i) => (i === RISK_COLUMN ? "Static risk band" : h));
  const scenario = exampleScenario(200, { header });
  let pane: PaneBrowser;
  let savedSettings: Record<string, string>;

  before(async () => {
    pane = await launchPaneBrowser();
  });
  after(() => pane?.close());

  it("shows the missing required field and keeps Route cohort disabled", async () => {
    const { page } = await pane.open(scenario);
    assert.equal(await page.inputValue(`#map-col-${RISK_COLUMN}`), "ignore");
    assert.match((await page.textContent("#mapping-summary")) ?? "", /15 columns used · 1 ignored Missing: RM2000\/s/);
    assert.equal(await page.isDisabled("#route"), true);
    await pane.screenshot(page, "03-mapping-missing");

    await page.focus(`#map-col-${RISK_COLUMN}`);
    await page.selectOption(`#map-col-${RISK_COLUMN}`, "rm2000s");
    await page.waitForSelector(`li.is-corrected #map-col-${RISK_COLUMN}`);
    assert.match((await page.textContent("#mapping-summary")) ?? "", /16 columns used · 0 ignored All required/);
    assert.equal(await page.isEnabled("#route"), true);
    await page.waitForFunction(() => document.activeElement?.id.startsWith("map-col-"));
    savedSettings = await readSettings(page);
    assert.deepEqual(JSON.parse(savedSettings["sotpRouter.mapping.Cohort"]), {
      version: 2,
      policy: "foi-86525",
      byPolicy: { "foi-86525": [{ column: RISK_COLUMN, header: "Static risk band", choice: "rm2000s" }] },
    });
    await page.locator(`#map-col-${RISK_COLUMN}`).scrollIntoViewIfNeeded();
    await pane.screenshot(page, "04-mapping-corrected");
  });

  it("remembers the choice when the workbook is opened again, and routes with it", async () => {
    const reopened = { ...scenario, settings: savedSettings };
    const { page } = await pane.open(reopened);
    assert.equal(await page.inputValue(`#map-col-${RISK_COLUMN}`), "rm2000s");
    assert.equal(await page.isEnabled("#route"), true);
    await setAsOf(page, "2014-01-01");
    assert.equal(await routeAndWait(page), "success");
    const expected = await routeScenarioInNode(reopened, "2014-01-01", { [RISK_COLUMN]: "rm2000s" });
    assert.deepEqual(await readSheetValues(page, "Cohort"), expected.values);
  });

  it("forgets a choice made for a column whose header has since changed", async () => {
    const renamed = { ...scenario, header: header.map((h, i) => (i === RISK_COLUMN ? "Risk band (static)" : h)) };
    const { page } = await pane.open({ ...renamed, settings: savedSettings });
    assert.equal(await page.inputValue(`#map-col-${RISK_COLUMN}`), "ignore");
    assert.equal(await page.isDisabled("#route"), true);
  });
});
