import assert from "node:assert/strict";
import { ExcelLayerError } from "../../src/excel/excel-layer-error";
import { getBundledPolicy } from "../../src/policies";
import { describeMapping } from "../../src/taskpane/mapping-rows";
import {
  describeProgress,
  describeRouteBlocker,
  describeRouteError,
  summariseStatusCounts,
} from "../../src/taskpane/pane-text";

describe("the task pane's messages", () => {
  it("lists the cells in the way when the output is blocked", () => {
    const notice = describeRouteError(new ExcelLayerError("OUTPUT_BLOCKED", "2 cells", ["Cohort!Q5", "Cohort!R9"]));
    assert.equal(notice.tone, "error");
    assert.equal(notice.title, "Nothing was written: cells are in the way");
    assert.deepEqual(notice.cells, ["Cohort!Q5", "Cohort!R9"]);
  });

  it("says a Cancel while reading left the sheet alone, and a Cancel while writing how to finish", () => {
    const cancelled = new ExcelLayerError("CANCELLED", "Cancelled.");
    assert.equal(
      describeRouteError(cancelled, { phase: "reading", rows: 10, total: 20 }).detail,
      "Nothing was written: the sheet is as it was.",
    );
    const writing = describeRouteError(cancelled, { phase: "writing", rows: 40_000, total: 100_000 });
    assert.equal(writing.tone, "warning");
    assert.match(writing.detail, /^Stopped after writing 40,000 of 100,000 rows\. .* Route again to finish\.$/);
  });

  it("passes Excel's own errors through with their code", () => {
    const error = Object.assign(new Error("The network connection was lost."), { code: "ConnectionFailure" });
    assert.deepEqual(describeRouteError(error), {
      tone: "error",
      title: "Excel reported a problem",
      detail: "The network connection was lost. (ConnectionFailure)",
      cells: [],
    });
  });

  it("counts progress over reading then writing", () => {
    assert.deepEqual(describeProgress("reading", 25_000, 100_000), {
      percent: 13,
      label: "Reading 25,000 of 100,000 rows",
    });
    assert.deepEqual(describeProgress("writing", 100_000, 100_000), {
      percent: 100,
      label: "Writing results for 100,000 of 100,000 rows",
    });
  });

  it("orders status counts as the policy does and leaves out empty ones", () => {
    const policy = getBundledPolicy("foi-86525");
    assert.deepEqual(summariseStatusCounts(policy, { invalid: 2, recommended: 1500 }), [
      { status: "Recommended", count: "1,500" },
      { status: "Invalid", count: "2" },
    ]);
  });

  it("explains why Route cohort is disabled", () => {
    const policy = getBundledPolicy("foi-86525");
    const headers = ["ID", "Offence", "Risk band"];
    assert.equal(describeRouteBlocker(describeMapping(headers, 0, policy, { 2: "rm2000s" }), true), null);
    assert.equal(
      describeRouteBlocker(describeMapping(headers, 0, policy, { 2: "rm2000s" }), false),
      "Enter the as-of date.",
    );
    assert.equal(
      describeRouteBlocker(describeMapping(headers, 0, policy, {}), true),
      "Choose the column that holds RM2000/s in Columns above.",
    );
    assert.match(
      describeRouteBlocker(describeMapping(headers, 0, policy, { 0: "offence", 2: "rm2000s" }), true) ?? "",
      /^Two columns/,
    );
    assert.match(describeRouteBlocker(null, true) ?? "", /Find again/);
  });
});
