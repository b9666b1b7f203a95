import assert from "node:assert/strict";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { readCsvRecords, SHARED_EXAMPLES } from "../support/shared-examples";
import { runCli } from "../support/run-cli";

const EXPECTED_COLUMNS = ["Programme", "Status", "Dosage tier", "Flags", "Follow-on"];
const EXAMPLES = [
  { file: "cohort-examples.csv", policyArgs: [], stamp: "foi-86525@1.0.0" },
  { file: "hmpps-2017-examples.csv", policyArgs: ["--policy", "hmpps-2017"], stamp: "hmpps-2017@1.0.0" },
];

for (const { file, policyArgs, stamp } of EXAMPLES) {
  describeExamples(path.join(SHARED_EXAMPLES, file), policyArgs, stamp);
}

function describeExamples(EXAMPLES_FILE: string, policyArgs: string[], stamp: string): void {
  describe(`sotp route ${policyArgs.join(" ")} on the shared examples of ${stamp}`, () => {
    const run = runCli(["route", EXAMPLES_FILE, "--as-of", "2014-01-01", ...policyArgs]);
    const expected = readCsvRecords(EXAMPLES_FILE);
    const [header, ...rows] = parse(run.stdout) as string[][];

    it("exits 0, and standard error lists the columns read, with no warning", () => {
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /^sotp: columns of .*examples\.csv \(header row 1\): \d+ read, \d+ ignored\n/);
      assert.doesNotMatch(run.stderr, /warning/);
    });

    it("writes the input columns unchanged, then exactly the output columns", () => {
      const inputHeaders = Object.keys(expected[0]).filter((h) => !EXPECTED_COLUMNS.includes(h));
      assert.deepEqual(header, [
        ...inputHeaders,
        "Programme",
        "Status",
        "Dosage tier",
        "Flags",
        "Follow-on",
        "Reasons",
        "Policy",
      ]);
      rows.forEach((row, index) => {
        inputHeaders.forEach((h, column) => assert.equal(row[column], expected[index][h], `${h} of row ${index + 1}`));
      });
    });

    it("reproduces every expected column, deciding rule and policy stamp", () => {
      assert.equal(rows.length, expected.length);
      rows.forEach((row, index) => {
        const got = Object.fromEntries(header.map((h, column) => [h, row[column]]));
        const want = expected[index];
        for (const column of EXPECTED_COLUMNS) assert.equal(got[column], want[column], `${want.ID} ${column}`);
        assert.match(got.Reasons, new RegExp(`^${want["Deciding rule"]}: `), `${want.ID} reasons`);
        assert.equal(got.Policy, stamp);
      });
    });
  });
}
