import assert from "node:assert/strict";
import { exampleScenario } from "../support/browser/example-scenarios";
import { readFake, readSheetValues, routeAndWait, setAsOf } from "../support/browser/pane-actions";
import { launchPaneBrowser, PaneBrowser } from "../support/browser/pane-harness";

describe("the task pane when something is in the way of its output columns", function () {
  this.timeout(60_000);
  // Inputs fill A:P; the outputs would go in Q:W. Someone's notes sit in Q500 and S20.
  const scenario = exampleScenario(1000, {
    cells: [
      { address: "Q500", value: "check with OM" },
      { address: "S20", value: "<b>moved</b>" },
    ],
  });
  let pane: PaneBrowser;

  before(async () => {
    pane = await launchPaneBrowser();
  });
  after(() => pane?.close());

  it("stops before writing anything and lists the cells in the way", async () => {
    const { page } = await pane.open(scenario);
    const before = await readSheetValues(page, "Cohort");
    const syncsBefore = (await readFake(page)).syncCount;
    await setAsOf(page, "2014-01-01");
    assert.equal(await routeAndWait(page), "error");
    assert.equal(await page.textContent("#notice .notice-title"), "Nothing was written: cells are in the way");
    assert.deepEqual(await page.locator("#notice .cell-list li").allTextContents(), ["Cohort!S20", "Cohort!Q500"]);
    assert.deepEqual(await readSheetValues(page, "Cohort"), before);
    const { syncLog } = await readFake(page);
    const runSyncs = syncLog.slice(syncsBefore);
    assert.ok(runSyncs.length > 0);
    assert.deepEqual(
      runSyncs.flatMap((sync) => sync.methods),
      [],
      "the run only read",
    );
    assert.equal(await page.isHidden("#results"), true);
    await pane.screenshot(page, "05-blocked");
  });
});
