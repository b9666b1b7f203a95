import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { REPO_ROOT, runCli } from "../support/run-cli";
import { readCsvRows, SHARED_EXAMPLES } from "../support/shared-examples";

describe("sotp summary", () => {
  it("prints the shared planning example byte for byte as CSV", () => {
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
    assert.equal(
      run.stdout,
      readFileSync(path.join(SHARED_EXAMPLES, "capacity-example-planning-expected.csv"), "utf8"),
    );
    // Section 7's columns are those of the earlier expected file.
    const before = readCsvRows(path.join(SHARED_EXAMPLES, "capacity-example-expected.csv"));
    assert.deepEqual(
      (parse(run.stdout) as string[][]).map((row) => row.slice(0, before[0].length)),
      before,
    );
  });

  it("prints a table per programme and site from the workbook's Capacity sheet", () => {
    const run = runCli(["summary", path.join(REPO_ROOT, "examples/sample-cohort.xlsx"), "--as-of", "2014-01-01"]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /capacity: sheet "Capacity"/);
    assert.match(
      run.stdout,
      /^Programme\s+Site\s+Demand\s+Deferred\s+Places a year\s+Pressure\s+RAG\s+Wait weeks\s+At risk\s+Unavoidable\s+Groups needed\s+Groups for green$/m,
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
