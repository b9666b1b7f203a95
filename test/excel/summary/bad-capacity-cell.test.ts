import assert from "node:assert/strict";
import { SummaryError, summariseWorkbook, writeSummarySheet } from "../../../src/excel/summary";
import { AS_OF, fakeWithRoutedCohort, POLICY } from "./routed-sheet-fixture";

describe("when a capacity cell cannot be used", () => {
  // The table starts at B3 so the messages must name real cells, not positions in the table.
  const fake = fakeWithRoutedCohort([]);
  fake.state.writeCells("Capacity", "B3", [
    ["Programme", "Site", "Groups per year", "Group size"],
    ["HI", "Bure", 2, "eight"],
    ["LI", "", -1, 8],
  ]);
  const summarise = () => fake.Excel.run((context) => summariseWorkbook(context, { policy: POLICY, asOf: AS_OF }));

  it("gives a message naming each bad cell", async () => {
    const result = await summarise();
    assert.deepEqual(
      result.capacity.problems.map((p) => p.message),
      ['Capacity!E4: Group size "eight" is not a number ≥ 0', 'Capacity!D5: Groups per year "-1" is not a number ≥ 0'],
    );
  });

  it("leaves the bad rows out, so those programmes fall back to the defaults", async () => {
    const result = await summarise();
    assert.deepEqual(result.summary.programmesOnDefaults, ["LI", "HI"]);
  });

  it("refuses to write the summary sheet and changes nothing", async () => {
    const result = await summarise();
    const sheetsBefore = fake.state.sheets.map((s) => s.name);
    await assert.rejects(
      fake.Excel.run((context) => writeSummarySheet(context, result)),
      (error: unknown) =>
        error instanceof SummaryError && error.code === "CAPACITY_PROBLEMS" && error.message.includes("Capacity!E4"),
    );
    assert.deepEqual(
      fake.state.sheets.map((s) => s.name),
      sheetsBefore,
    );
  });
});
