import assert from "node:assert/strict";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { REPO_ROOT, runCli } from "../support/run-cli";
import { readCsvRows, SHARED_EXAMPLES } from "../support/shared-examples";

describe("sotp summary", () => {
  it("reproduces the shared capacity example as CSV", () => {
    const run = runCli([
      "summary",
      path.join(SHARED_EXAMPLES, "capacity-example-cohort.csv"),
      "--capacity",
      path.join(SHARED_EXAMPLES, "capacity-example-capacity.csv"),
      "--as-of",
      "2014-01-01",
      "--format",
      "csv",
    ]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(parse(run.stdout), readCsvRows(path.join(SHARED_EXAMPLES, "capacity-example-expected.csv")));
  });

  it("prints a table per programme and site from the workbook's Capacity sheet", () => {
    const run = runCli(["summary", path.join(REPO_ROOT, "examples/sample-cohort.xlsx"), "--as-of", "2014-01-01"]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /capacity: sheet "Capacity"/);
    assert.match(
      run.stdout,
      /^Programme\s+Site\s+Demand\s+Deferred\s+Places a year\s+Pressure\s+RAG\s+Wait weeks\s+At risk$/m,
    );
    assert.match(run.stdout, /^High Intensity\s+HMP Whatton\s+\d+\s+\d+\s+0\s+no places\s+red/m);
  });

  it("exits 2 naming the cell when a capacity cell is bad", () => {
    const run = runCli([
      "summary",
      path.join(SHARED_EXAMPLES, "capacity-example-cohort.csv"),
      "--capacity",
      path.join(REPO_ROOT, "test/fixtures/capacity-bad-cell.csv"),
    ]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /'capacity-bad-cell\.csv'!C3: Groups per year "six" is not a number/);
  });
});
