import assert from "node:assert/strict";
import { openSummaryPage, SummaryPage } from "./harness/summary-harness";
import { readSampleSheets } from "./harness/sample-workbook";

describe("the capacity summary panel in Chromium, on a workbook without a Capacity sheet", function () {
  this.timeout(60_000);
  let summary: SummaryPage;

  before(async () => {
    const [cohort] = await readSampleSheets();
    summary = await openSummaryPage({ sheets: [cohort], today: "2014-01-01" });
    await summary.page.evaluate(() =>
      (window as unknown as { __routeAndAnnounce(asOf: string): Promise<void> }).__routeAndAnnounce("2014-01-01"),
    );
    await summary.page.waitForSelector(".sotp-summary-table tbody tr");
  });
  after(() => summary?.close());

  it("says the policy's defaults are used and offers to create the sheet", async () => {
    const { page } = summary;
    assert.equal(await page.textContent(".sotp-notes li"), "Capacity from the policy's defaults (no Capacity sheet).");
    assert.equal(await page.isVisible("#summary-create-capacity"), true);
    await summary.screenshot("no-capacity");
  });

  it("creates it pre-filled, then reads from it and hides the offer", async () => {
    const { page } = summary;
    await page.click("#summary-create-capacity");
    await page.waitForFunction(() => document.querySelector("[role=status]")?.textContent?.startsWith("Created"));
    assert.equal(
      await page.textContent("[role=status]"),
      "Created Capacity!A1:E7 with the policy's places; edit it and press Refresh.",
    );
    assert.equal(await page.textContent(".sotp-notes li"), 'Capacity from table "Capacity" on sheet "Capacity".');
    assert.equal(await page.isVisible("#summary-create-capacity"), false);
  });
});
