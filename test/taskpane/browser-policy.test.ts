import assert from "node:assert/strict";
import { readSettings, routeAndWait, setAsOf } from "../support/browser/pane-actions";
import { launchPaneBrowser, PaneBrowser } from "../support/browser/pane-harness";
import { routedHmppsScenario } from "../support/browser/hmpps-scenarios";
import type { PaneScenario } from "../support/browser/scenario";

const AS_OF = "2014-01-01";
const HEADING = ".sotp-summary[aria-busy=false] .sotp-summary-heading";

/** A cohort that needs one correction under each policy: its RM2000/s and OSP/DC columns have other names. */
const TWO_POLICY_COHORT: PaneScenario = {
  sheetName: "Cohort",
  topLeft: "A1",
  header: ["ID", "Offence", "Static risk band", "OGRS3", "DC score", "OSP/IIC", "Site"],
  examples: [
    ["A1", "Contact", "Low", 62, 31, "Low", "HMP Bure"],
    ["A2", "Non-contact", "Medium", 55, 24, "Medium", "HMP Usk"],
  ],
  rowCount: 2,
  idsAsGiven: true,
};
const RISK = 2;
const DC = 4;

describe("choosing the policy in the task pane", function () {
  this.timeout(60_000);
  let pane: PaneBrowser;

  before(async () => {
    pane = await launchPaneBrowser();
  });
  after(() => pane?.close());

  it("summarises with the policy the picker shows, before any routing run", async () => {
    const { page } = await pane.open(routedHmppsScenario(AS_OF));
    await setAsOf(page, AS_OF);
    await page.selectOption("#policy", "hmpps-2017");
    await page.click("#summary-refresh");
    await page.waitForSelector(HEADING);
    assert.equal(await page.textContent(HEADING), `Cohort, as of ${AS_OF} (hmpps-2017@1.0.0)`);
    const programmes = await page.$$eval(".sotp-summary-table tr.sotp-group", (trs) => trs.map((tr) => tr.textContent));
    assert.deepEqual(programmes.slice(0, 3), ["Kaizen", "Horizon", "iHorizon"]);
    assert.doesNotMatch((await page.textContent(".sotp-summary")) ?? "", /other policy|High Intensity/);
    await pane.screenshot(page, "20-summary-hmpps-before-routing", true);
  });

  it("keeps each policy's column choices for the sheet, and reopens on the policy last chosen", async () => {
    const { page } = await pane.open(TWO_POLICY_COHORT);
    await page.selectOption(`#map-col-${RISK}`, "rm2000s");
    await page.waitForSelector(`li.is-corrected #map-col-${RISK}`);

    await page.selectOption("#policy", "hmpps-2017");
    await page.waitForFunction(() => document.getElementById("policy-hint")?.textContent?.includes("HMPPS"));
    assert.match((await page.textContent("#mapping-summary")) ?? "", /Missing: OSP\/DC or OSP\/IIC|All required/);
    await page.selectOption(`#map-col-${DC}`, "osp_dc");
    await page.waitForSelector(`li.is-corrected #map-col-${DC}`);
    await pane.screenshot(page, "21-mapping-hmpps-corrected", true);

    const settings = await readSettings(page);
    assert.deepEqual(JSON.parse(settings["sotpRouter.mapping.Cohort"]), {
      version: 2,
      policy: "hmpps-2017",
      byPolicy: {
        "foi-86525": [{ column: RISK, header: "Static risk band", choice: "rm2000s" }],
        "hmpps-2017": [{ column: DC, header: "DC score", choice: "osp_dc" }],
      },
    });

    await page.selectOption("#policy", "foi-86525");
    await page.waitForSelector(`li.is-corrected #map-col-${RISK}`);
    assert.equal(await page.inputValue(`#map-col-${RISK}`), "rm2000s");

    const reopened = await pane.open({ ...TWO_POLICY_COHORT, settings: await readSettings(page) });
    assert.equal(await reopened.page.inputValue("#policy"), "foi-86525");
    const again = await pane.open({ ...TWO_POLICY_COHORT, settings });
    assert.equal(await again.page.inputValue("#policy"), "hmpps-2017");
    assert.equal(await again.page.inputValue(`#map-col-${DC}`), "osp_dc");
    await setAsOf(again.page, AS_OF);
    assert.equal(await routeAndWait(again.page), "success");
    await again.page.waitForSelector(HEADING);
    assert.equal(await again.page.textContent(HEADING), `Cohort, as of ${AS_OF} (hmpps-2017@1.0.0)`);
    await pane.screenshot(again.page, "22-routed-hmpps", true);
  });
});
