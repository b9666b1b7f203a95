import assert from "node:assert/strict";
import { readSheetsAndCharts, setAsOf } from "../../support/browser/pane-actions";
import { launchPaneBrowser, PaneBrowser } from "../../support/browser/pane-harness";
import { AS_OF, compareScenario } from "./compare-scenario";

describe("the task pane's Compare policies on a cohort one policy refuses", function () {
  this.timeout(60_000);
  let pane: PaneBrowser;
  before(async () => (pane = await launchPaneBrowser()));
  after(() => pane?.close());

  it("says which policy refuses it and why, shows no lines and writes nothing", async () => {
    const scenario = compareScenario();
    const keep = [0, 1, 2, 3, 6, 7]; // no OSP/DC, no OSP/IIC: hmpps-2017 needs one of them
    const session = await pane.open({
      ...scenario,
      header: keep.map((i) => scenario.header[i]),
      examples: scenario.examples.map((row) => keep.map((i) => row[i])),
    });
    const { page } = session;
    await setAsOf(page, AS_OF);
    await page.click("#compare-run");
    await page.waitForSelector(".sotp-compare[aria-busy=false] .sotp-compare-status[data-kind=error]");
    assert.match(
      (await page.textContent(".sotp-compare-status")) ?? "",
      /^Cohort: policy hmpps-2017@1\.0\.0 cannot route this file: missing required column: at least one of OSP\/DC \(headers accepted: .*\) or OSP\/IIC/,
    );
    assert.equal(await page.locator(".sotp-transition").count(), 0);
    assert.equal(await page.isDisabled("#compare-write-sheet"), true);
    assert.deepEqual(await readSheetsAndCharts(page), [{ name: "Cohort", charts: 0 }]);
    await page.locator("#compare-panel").scrollIntoViewIfNeeded();
    await pane.screenshot(page, "23-compare-refused", false);
  });
});
