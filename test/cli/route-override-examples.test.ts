import assert from "node:assert/strict";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { readCsvRecords, SHARED_EXAMPLES } from "../support/shared-examples";
import { runCli } from "../support/run-cli";

const EXAMPLES_FILE = path.join(SHARED_EXAMPLES, "override-examples.csv");
const EXPECTED_COLUMNS = ["Programme", "Status", "Dosage tier", "Flags", "Follow-on"];

describe("sotp route on the shared override examples", () => {
  const run = runCli(["route", EXAMPLES_FILE, "--as-of", "2014-01-01"]);
  const expected = readCsvRecords(EXAMPLES_FILE);
  const [header, ...rows] = parse(run.stdout) as string[][];

  it("exits 0, and standard error lists the Override columns as read, with no warning", () => {
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /^ {2}L {3}Override {12}→ Override\n {2}M {3}Override reason {5}→ Override reason\n/m);
    assert.doesNotMatch(run.stderr, /warning/);
  });

  it("keeps the Override and Override reason columns as they were typed", () => {
    const override = header.indexOf("Override");
    const reason = header.indexOf("Override reason");
    rows.forEach((row, index) => {
      assert.equal(row[override], expected[index].Override);
      assert.equal(row[reason], expected[index]["Override reason"]);
    });
  });

  it("reproduces every expected column and deciding rule", () => {
    assert.equal(rows.length, expected.length);
    rows.forEach((row, index) => {
      const got = Object.fromEntries(header.map((h, column) => [h, row[column]]));
      const want = expected[index];
      for (const column of EXPECTED_COLUMNS) assert.equal(got[column], want[column], `${want.ID} ${column}`);
      assert.match(got.Reasons, new RegExp(`^${want["Deciding rule"]}: `), `${want.ID} reasons`);
    });
  });
});
