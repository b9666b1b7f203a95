import assert from "node:assert/strict";
import { readSheetValues, routeAndWait } from "../support/browser/pane-actions";
import { launchPaneBrowser, PaneBrowser, PaneSession } from "../support/browser/pane-harness";
import type { PaneScenario } from "../support/browser/scenario";

const DATES = ["31-Mar-2014", "31 March 2014", "31.03.2014", "31/03/14"];

describe("the task pane reads the UK date forms of spec revision 1.0.1 in Chromium", function () {
  this.timeout(60_000);
  const scenario: PaneScenario = {
    sheetName: "Cohort",
    topLeft: "A1",
    header: ["ID", "Offence", "RM2000/s", "OGRS3", "Release date"],
    examples: DATES.map((date, i) => [`P${i}`, "Contact", "Medium", 60, date]),
    rowCount: DATES.length,
    idsAsGiven: true,
  };
  let pane: PaneBrowser;
  let session: PaneSession;

  before(async () => {
    pane = await launchPaneBrowser();
    session = await pane.open(scenario);
  });
  after(() => pane?.close());

  it("routes release dates with month names and dots, and an as-of date typed as 1 January 2014", async () => {
    const { page } = session;
    // Older Office webviews show a date input as a text box, where people type dates their own way.
    await page.$eval("#as-of", (input) => ((input as HTMLInputElement).type = "text"));
    await page.fill("#as-of", "1 January 2014");
    assert.equal(await routeAndWait(page), "success");
    assert.match((await page.textContent("#results-count")) ?? "", /as of 2014-01-01\.$/);
    const values = new Map(await readSheetValues(page, "Cohort"));
    const header = values.get(0) as unknown[];
    const column = (name: string) => header.indexOf(name);
    for (const row of [1, 2, 3]) {
      const cells = values.get(row) as unknown[];
      assert.equal(cells[column("Status")], "Recommended", `row ${row}`);
      assert.match(String(cells[column("Reasons")]), /T-3: release date 2014-03-31 is before/);
    }
    assert.equal((values.get(4) as unknown[])[column("Status")], "Invalid", "two-digit years stay invalid");
    await pane.screenshot(page, "13-uk-dates-routed");
  });
});
