import assert from "node:assert/strict";
import { routeCohortInExcel } from "../../src/excel";
import { OUTPUT_COLUMNS } from "../../src/parsing";
import { AS_OF, EXAMPLES, EXPECTED, fakeWithCohort, INPUT_COLUMNS, POLICY, snapshotSheet } from "./cohort-fixture";

describe("routing a cohort sheet, then routing it again", () => {
  const fake = fakeWithCohort(EXAMPLES, "B3");
  fake.state.writeCells("Cohort", "B1", [["Panel cohort, March"]]);
  const route = () => fake.Excel.run((context) => routeCohortInExcel(context, { policy: POLICY, asOf: AS_OF }));
  let firstOutcome: Awaited<ReturnType<typeof route>>;
  let afterFirst: unknown;

  before(async () => {
    firstOutcome = await route();
    afterFirst = snapshotSheet(fake, "Cohort");
  });

  it("writes the output headers right of the data, on the header row", () => {
    const sheet = fake.state.sheet("Cohort");
    const headers = OUTPUT_COLUMNS.map((_, i) => sheet.getValue(2, 1 + INPUT_COLUMNS + i));
    assert.deepEqual(headers, [...OUTPUT_COLUMNS]);
    assert.equal(sheet.getValue(2, 1 + INPUT_COLUMNS + OUTPUT_COLUMNS.length), "", "no marker left");
  });

  it("writes each example's programme, status and tier", () => {
    const sheet = fake.state.sheet("Cohort");
    const column = (name: string) => 1 + INPUT_COLUMNS + OUTPUT_COLUMNS.indexOf(name as never);
    EXPECTED.forEach((want, i) => {
      const got = ["Programme", "Status", "Dosage tier", "Flags"].map((h) => String(sheet.getValue(3 + i, column(h))));
      assert.deepEqual(got, [want.Programme, want.Status, want["Dosage tier"], want.Flags], `row ${i + 4}`);
    });
    assert.equal(sheet.getValue(3, column("Policy")), POLICY.stamp);
  });

  it("formats once per column: bold headers, widths, wrapped reasons, status colours", () => {
    const sheet = fake.state.sheet("Cohort");
    assert.equal(sheet.rangeFormats.get("R3")?.["font.bold"], true);
    assert.equal(sheet.columnWidths.get(1 + INPUT_COLUMNS + OUTPUT_COLUMNS.indexOf("Reasons")), 320);
    const texts = sheet.conditionalFormats.map((cf) => cf.rule?.text);
    assert.deepEqual(texts, Object.values(POLICY.data.statuses));
    assert.equal(sheet.conditionalFormats.find((cf) => cf.rule?.text === "Recommended")?.fillColor, "#C6EFCE");
    assert.equal(sheet.frozenRows, 3);
  });

  it("lists Invalid and Incomplete rows with their sheet rows", () => {
    const expected = EXPECTED.flatMap((want, i) => (["Invalid", "Incomplete"].includes(want.Status) ? [i + 4] : []));
    assert.deepEqual(
      firstOutcome.rowsToReview.map((r) => r.sheetRow),
      expected,
    );
  });

  it("leaves the sheet identical when run again, updating its own columns in place", async () => {
    const second = await route();
    assert.deepEqual(second.plan.reused, [...OUTPUT_COLUMNS]);
    assert.deepEqual(snapshotSheet(fake, "Cohort"), afterFirst);
  });
});
