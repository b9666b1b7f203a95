import assert from "node:assert/strict";
import { summariseWorkbook } from "../../../src/excel/summary";
import { buildSummaryView } from "../../../src/taskpane/summary";
import { AS_OF, fakeWithRoutedCohort, POLICY } from "../../excel/summary/routed-sheet-fixture";

describe("the summary panel's notes about the capacity table", () => {
  it("reads a Capacity sheet with a title row, names the sites on defaults and the rows no site uses", async () => {
    const fake = fakeWithRoutedCohort([
      ["Capacity plan 2014/15", "", "", "", ""],
      ["Programme", "Site", "Groups per year", "Group size", "Weeks"],
      ["HI", "Bure", 2, 2, ""],
      ["HI", "Wattton", 3, 8, ""],
    ]);
    const result = await fake.Excel.run((context) => summariseWorkbook(context, { policy: POLICY, asOf: AS_OF }));
    assert.deepEqual(result.capacity.problems, []);
    const view = buildSummaryView(result);
    assert.deepEqual(view.notes.slice(1), [
      "No capacity row for Low Intensity at Usk; High Intensity at Usk: the policy's default places are used.",
      'Capacity row Capacity!A4 (HI at "Wattton") matches no site of the cohort: not used.',
    ]);
  });
});
