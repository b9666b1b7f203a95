import assert from "node:assert/strict";
import { EXAMPLE_HEADER, exampleScenario } from "../support/browser/example-scenarios";
import { launchPaneBrowser, PaneBrowser } from "../support/browser/pane-harness";

describe("the task pane at 320 px, by keyboard only", function () {
  this.timeout(60_000);
  const HOSTILE = `<img src="x" onerror="document.title='pwned'">Notes`;
  const scenario = exampleScenario(50, {
    header: [...EXAMPLE_HEADER, HOSTILE],
    examples: exampleScenario(0).examples.map((row) => [...row, "<script>alert(1)</script>"]),
  });
  let pane: PaneBrowser;

  before(async () => {
    pane = await launchPaneBrowser();
  });
  after(() => pane?.close());

  it("fits 320 px without sideways scrolling and shows cell text as text", async () => {
    const { page } = await pane.open(scenario, 320);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320));
    const label = page.locator('label[for="map-col-16"]');
    assert.equal(await label.textContent(), `Q${HOSTILE}`);
    assert.equal(await page.locator("#mapping-list img").count(), 0);
    assert.equal(await page.title(), "SOTP Router");
    await pane.screenshot(page, "09-narrow-320");
  });

  it("reaches every control with Tab and routes with Enter", async () => {
    const { page } = await pane.open(scenario, 320);
    const focused: string[] = [];
    for (let i = 0; i < 40 && !focused.includes("route"); i++) {
      await page.keyboard.press("Tab");
      focused.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ""));
    }
    const order = ["find-cohort", "as-of", "policy", "map-col-0", "map-col-16", "route"].map((id) =>
      focused.indexOf(id),
    );
    assert.ok(
      order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1])),
      focused.join(" "),
    );
    await page.keyboard.press("Enter");
    await page.waitForSelector("#results:not([hidden])");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "results-heading");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.closest("#review-list") !== null), true);
    await pane.screenshot(page, "10-keyboard-results");
  });
});
