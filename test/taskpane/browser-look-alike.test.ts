import assert from "node:assert/strict";
import { launchPaneBrowser, PaneBrowser, PaneSession } from "../support/browser/pane-harness";
import type { PaneScenario } from "../support/browser/scenario";

describe("the task pane points out ignored columns that look like a field, in Chromium", function () {
  this.timeout(60_000);
  const scenario: PaneScenario = {
    sheetName: "Export",
    topLeft: "A1",
    header: ["NOMIS No", "Offence type", "RM2000/s", "IQ score", "Denies offence", "Willing", "Notes"],
    examples: [["A1001AA", "Contact", "High", 55, "Yes", "No", "denies and refuses"]],
    rowCount: 3,
  };
  let pane: PaneBrowser;
  let session: PaneSession;

  before(async () => {
    pane = await launchPaneBrowser();
    session = await pane.open(scenario);
  });
  after(() => pane?.close());

  it("opens the column list with a hint on each look-alike column, gone once the user maps it", async () => {
    const { page } = session;
    assert.match((await page.textContent("#mapping-summary")) ?? "", /2 ignored columns look like a field/);
    const hints = await page.$$eval("#mapping-list li", (items) =>
      items.map((li) => li.querySelector(".tag-hint")?.textContent ?? ""),
    );
    assert.deepEqual(hints, ["", "", "", "looks like IQ?", "looks like Maintains innocence?", "", ""]);
    await pane.screenshot(page, "14-look-alike-columns", true);
    await page.selectOption("#map-col-3", "iq");
    await page.waitForFunction(() => !document.querySelector("#mapping-list li:nth-child(4) .tag-hint"));
    assert.match((await page.textContent("#mapping-summary")) ?? "", /1 ignored column looks like a field/);
  });
});
