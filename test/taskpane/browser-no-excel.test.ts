import assert from "node:assert/strict";
import { launchPaneBrowser, PaneBrowser } from "../support/browser/pane-harness";

describe("the task pane opened in a plain browser (Office.onReady gives host null)", function () {
  this.timeout(60_000);
  let pane: PaneBrowser;

  before(async () => {
    pane = await launchPaneBrowser();
  });
  after(() => pane?.close());

  it("says to open it in Excel, and loads nothing but its own files and office.js", async () => {
    const session = await pane.open(null);
    const { page } = session;
    assert.equal(await page.isVisible("#host-missing"), true);
    assert.equal(await page.textContent("#host-missing h2"), "Open this in Excel");
    assert.equal(await page.isHidden("#workspace"), true);
    assert.equal(await page.isHidden("#starting"), true);
    const paths = session.requests.map((url) =>
      url.startsWith(session.origin) ? url.slice(session.origin.length) : url,
    );
    assert.deepEqual(paths.slice(0, 1), ["/taskpane.html"]);
    assert.ok(paths.includes("/office-js/office.js") && paths.includes("/taskpane.js"), paths.join(" "));
    assert.deepEqual(
      paths.filter((p) => !p.startsWith("/")),
      [],
    );
    assert.deepEqual(await session.cspViolations(), []);
    await pane.screenshot(page, "00-open-in-excel");
  });
});
