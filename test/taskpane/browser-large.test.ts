import assert from "node:assert/strict";
import { getBundledPolicy } from "../../src/policies";
import { exampleScenario } from "../support/browser/example-scenarios";
import { readFake, readRowValues, routeAndWait, setAsOf, syncsOfFirstRunFrom } from "../support/browser/pane-actions";
import { launchPaneBrowser, PaneBrowser, PaneSession } from "../support/browser/pane-harness";
import { routeScenarioInNode } from "../support/browser/route-in-node";

const FIVE_MB = 5_000_000;

describe("the task pane routing 100,000 rows in Chromium", function () {
  this.timeout(60_000);
  const ROWS = 100_000;
  const scenario = exampleScenario(ROWS);
  let pane: PaneBrowser;
  let routed: PaneSession;

  before(async () => {
    pane = await launchPaneBrowser();
  });
  after(() => pane?.close());

  it("routes every row with the same syncs as the Excel layer alone, each payload under 5 MB", async () => {
    const expected = await routeScenarioInNode(scenario, "2014-01-01");
    routed = await pane.open(scenario);
    const { page } = routed;
    await setAsOf(page, "2014-01-01");
    const syncsBefore = (await readFake(page)).syncCount;
    await page.click("#route");
    await page.waitForFunction(() => (document.getElementById("progress") as HTMLProgressElement).value >= 50);
    await pane.screenshot(page, "06-progress");
    await page.waitForSelector("#results:not([hidden])", { timeout: 45_000 });

    // The routing run's own syncs: the capacity summary starts its own Excel.run after it.
    const runSyncs = syncsOfFirstRunFrom(await readFake(page), syncsBefore);
    assert.equal(runSyncs.length, expected.syncCount);
    assert.ok(
      runSyncs.every((sync) => sync.outcome === "ok"),
      "no sync failed",
    );
    const largest = Math.max(...runSyncs.map((sync) => Math.max(sync.requestBytes, sync.responseBytes)));
    assert.ok(largest < FIVE_MB, `largest payload ${largest} bytes`);
    assert.equal(
      await page.textContent("#results-count"),
      "100,000 rows routed with foi-86525@1.0.0, as of 2014-01-01.",
    );
    const counts = await page
      .locator("#status-counts li")
      .evaluateAll((items) => items.map((item) => [item.children[0].textContent, item.children[1].textContent]));
    const want = Object.entries(expected.outcome.statusCounts).map(([key, n]) => [
      (getBundledPolicy().data.statuses as Record<string, string>)[key],
      n.toLocaleString("en-GB"),
    ]);
    assert.deepEqual(Object.fromEntries(counts), Object.fromEntries(want));
    const sampleRows = [0, 1, 2, 777, ROWS / 2, ROWS - 1, ROWS];
    const wantRows = new Map(expected.values);
    assert.deepEqual(
      await readRowValues(page, "Cohort", sampleRows),
      sampleRows.map((row) => wantRows.get(row)),
    );
    await pane.screenshot(page, "07-routed-100k");
  });

  it("then summarises capacity from the 100,000 routed rows in memory, and on Refresh reads them under 5 MB", async () => {
    const { page } = routed;
    await page.waitForSelector(".sotp-summary[aria-busy=false] .sotp-summary-table", { timeout: 30_000 });
    assert.equal(await page.textContent(".sotp-summary-status"), "Summary of 100,000 rows.");
    const lastRunSyncs = async () => {
      const fake = await readFake(page);
      const run = fake.runs[fake.runs.length - 1];
      return fake.syncLog.slice(run.firstSync, run.endSync);
    };
    assert.equal((await lastRunSyncs()).length, 1, "only the look for a capacity table: the cohort is in memory");
    await page.click("#summary-refresh");
    await page.waitForFunction(() =>
      document.querySelector(".sotp-source")?.textContent?.startsWith("Read from the sheet"),
    );
    const refreshSyncs = await lastRunSyncs();
    assert.ok(refreshSyncs.length > 2, "Refresh reads the routed sheet in blocks");
    const largest = Math.max(...refreshSyncs.map((sync) => Math.max(sync.requestBytes, sync.responseBytes)));
    assert.ok(largest < FIVE_MB, `largest summary payload ${largest} bytes`);
  });

  it("stops at Cancel between write blocks and says how to finish", async () => {
    const { page } = await pane.open(scenario);
    await setAsOf(page, "2014-01-01");
    // Press Cancel the moment the bar passes 60 % (a third of the way through writing), as a user would mid-run.
    await page.evaluate(() => {
      const progress = document.getElementById("progress") as HTMLProgressElement;
      const observer = new MutationObserver(() => {
        if (progress.value < 60) return;
        observer.disconnect();
        document.getElementById("cancel")?.click();
      });
      observer.observe(progress, { attributes: true });
    });
    assert.equal(await routeAndWait(page), "warning");
    assert.equal(await page.textContent("#notice .notice-title"), "Routing cancelled");
    assert.match(
      (await page.textContent("#notice p")) ?? "",
      /^Stopped after writing [\d,]+ of 100,000 rows\. Those rows keep their results/,
    );
    assert.equal(await page.isHidden("#results"), true);
    await pane.screenshot(page, "08-cancelled");
  });
});
