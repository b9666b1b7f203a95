import assert from "node:assert/strict";
import { MAX_REVIEW_ROWS } from "../../src/taskpane/render/render-results";
import { exampleScenario } from "../support/browser/example-scenarios";
import { readSelection, readSheetValues, routeAndWait, setAsOf } from "../support/browser/pane-actions";
import { launchPaneBrowser, PaneBrowser, PaneSession } from "../support/browser/pane-harness";
import { NodeRun, routeScenarioInNode } from "../support/browser/route-in-node";

describe("the task pane routing 1,000 rows in Chromium", function () {
  this.timeout(60_000);
  const AS_OF = "2014-01-01";
  const scenario = exampleScenario(1000, { topLeft: "B3", cells: [{ address: "B1", value: "Panel cohort, March" }] });
  let pane: PaneBrowser;
  let session: PaneSession;
  let expected: NodeRun;

  before(async () => {
    pane = await launchPaneBrowser();
    session = await pane.open(scenario);
    expected = await routeScenarioInNode(scenario, AS_OF);
  });
  after(() => pane?.close());

  it("finds the cohort below its title and shows the mapping before routing", async () => {
    const { page } = session;
    assert.equal(await page.textContent("#cohort-place"), "1,000 rows in Cohort!B3:Q1003");
    assert.equal(await page.locator("#mapping-list li").count(), 16);
    assert.match(
      (await page.textContent("#mapping-summary")) ?? "",
      /16 columns used · 0 ignored All required columns found/,
    );
    assert.equal(await page.inputValue("#map-col-4"), "rm2000s");
    assert.equal(await page.isEnabled("#route"), true);
    await pane.screenshot(page, "01-ready");
  });

  it("writes exactly the cells the Excel layer writes for the same sheet and date", async () => {
    const { page } = session;
    await setAsOf(page, AS_OF);
    assert.equal(await routeAndWait(page), "success");
    assert.deepEqual(await readSheetValues(page, "Cohort"), expected.values);
    assert.equal(await page.textContent("#results-count"), "1,000 rows routed with foi-86525@1.0.0, as of 2014-01-01.");
    await page.waitForSelector(".sotp-summary[aria-busy=false] .sotp-summary-heading");
    assert.equal(await page.textContent(".sotp-summary-heading"), `Cohort, as of ${AS_OF} (foi-86525@1.0.0)`);
    await pane.screenshot(page, "02-routed");
  });

  it("lists the Invalid and Incomplete rows by sheet row, and Enter on one selects that row", async () => {
    const { page } = session;
    const want = expected.outcome.rowsToReview.slice(0, MAX_REVIEW_ROWS).map((row) => String(row.sheetRow));
    assert.ok(want.length > 0);
    assert.deepEqual(
      await page.locator("#review-list button").evaluateAll((b) => b.map((x) => x.getAttribute("data-row"))),
      want,
    );
    const second = expected.outcome.rowsToReview[1];
    await page.focus(`#review-list button[data-row="${second.sheetRow}"]`);
    await page.keyboard.press("Enter");
    await page.waitForFunction((row) => {
      const fake = (window as unknown as { __sotpFake: { selection(): { box: { r0: number } } } }).__sotpFake;
      return fake.selection().box.r0 === row - 1;
    }, second.sheetRow);
    const selection = await readSelection(page);
    assert.deepEqual(selection, {
      sheet: "Cohort",
      box: { r0: second.sheetRow - 1, c0: 1, r1: second.sheetRow - 1, c1: 23 },
    });
  });

  it("changes nothing when routed again", async () => {
    const { page } = session;
    assert.equal(await routeAndWait(page), "success");
    assert.deepEqual(await readSheetValues(page, "Cohort"), expected.values);
  });

  it("contacted only its own origin and broke no Content-Security-Policy rule", async () => {
    assert.ok(session.requests.length >= 4);
    assert.deepEqual(
      session.requests.filter((url) => !url.startsWith(`${session.origin}/`)),
      [],
    );
    assert.deepEqual(await session.cspViolations(), []);
  });
});
