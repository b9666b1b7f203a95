import assert from "node:assert/strict";
import { routeAndWait, setAsOf } from "../../support/browser/pane-actions";
import { launchPaneBrowser, PaneBrowser, PaneSession } from "../../support/browser/pane-harness";
import { sampleWorkbookScenario } from "../../support/browser/sample-workbook";

describe("the task pane's capacity summary in Chromium, on a workbook without a Capacity sheet", function () {
  this.timeout(60_000);
  let pane: PaneBrowser;
  let session: PaneSession;

  before(async () => {
    pane = await launchPaneBrowser();
    session = await pane.open(await sampleWorkbookScenario({ withOtherSheets: false }), 320);
    await setAsOf(session.page, "2014-01-01");
    assert.equal(await routeAndWait(session.page), "success");
    await session.page.waitForSelector(".sotp-summary[aria-busy=false] .sotp-summary-table");
  });
  after(() => pane?.close());

  it("says the policy's defaults are used and offers to create the sheet", async () => {
    const { page } = session;
    assert.equal(await page.textContent(".sotp-notes li"), "Capacity from the policy's defaults (no Capacity sheet).");
    assert.equal(await page.isVisible("#summary-create-capacity"), true);
    await pane.screenshot(page, "12-summary-no-capacity", true);
  });

  it("creates it pre-filled, then reads from it and hides the offer", async () => {
    const { page } = session;
    await page.click("#summary-create-capacity");
    await page.waitForFunction(() =>
      document.querySelector(".sotp-summary-status")?.textContent?.startsWith("Created"),
    );
    assert.equal(
      await page.textContent(".sotp-summary-status"),
      "Created Capacity!A1:E7 with the policy's places; edit it and press Refresh.",
    );
    assert.equal(await page.textContent(".sotp-notes li"), 'Capacity from table "Capacity" on sheet "Capacity".');
    assert.equal(await page.isVisible("#summary-create-capacity"), false);
    assert.deepEqual(await session.cspViolations(), []);
  });
});
