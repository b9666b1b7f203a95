import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../support/run-cli";

describe("sotp exit codes and messages", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-exit-"));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it("exits 0 when rows are invalid: Invalid rows are results, not failures", () => {
    const file = write("bad-values.csv", "ID,Offence,RM2000/s,OGRS3\nX1,Contact,Extreme,50\n");
    const run = runCli(["route", file]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Invalid/);
  });

  it("exits 2 with one line naming a missing required column", () => {
    const file = write("no-risk.csv", "ID,Offence,OGRS3\nX1,Contact,50\n");
    const run = runCli(["route", file]);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, "");
    assert.equal(run.stderr.trim().split("\n").length, 1);
    assert.match(run.stderr, /^sotp: .*missing required column: RM2000\/s/);
  });

  it("exits 2 naming both columns when two columns map to one field", () => {
    const file = write("two-sites.csv", "Offence,RM2000/s,Prison,Region\nContact,High,HMP Usk,Wales\n");
    const run = runCli(["route", file]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /"Prison" and "Region" both map to Site/);
  });

  it("routes a CSV the same on one thread and on two, and exits 2 for a --threads it does not know", () => {
    const file = write(
      "threads.csv",
      "ID,Offence,RM2000/s,OGRS3\nX1,Contact,High,50\nX2,IIOC only,Low,10\nx1,Contact,Low,5\n",
    );
    const [one, two] = ["1", "2"].map((threads) =>
      runCli(["route", file, "--as-of", "2014-01-01", "--threads", threads]),
    );
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.stdout, one.stdout);
    assert.equal(one.stdout.match(/DUPLICATE_ID/g)?.length, 2);
    const wrong = runCli(["route", file, "--threads", "4"]);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /^sotp: --threads "4" is not one of auto, 1 or 2/);
  });

  it("exits 2 for a file that cannot be read", () => {
    const run = runCli(["route", path.join(dir, "missing.csv")]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^sotp: cannot read .*missing\.csv: the file does not exist\n$/);
  });

  it("exits 2 for bad usage: an unknown option, a bad as-of date, an unknown policy", () => {
    const file = write("ok.csv", "Offence,RM2000/s\nContact,High\n");
    assert.equal(runCli(["route", file, "--bogus"]).status, 2);
    const badDate = runCli(["route", file, "--as-of", "01/01/14"]);
    assert.equal(badDate.status, 2);
    assert.match(
      badDate.stderr,
      /--as-of "01\/01\/14" is not a date \(expected 2014-03-31, 31\/03\/2014, 31\.03\.2014/,
    );
    const badPolicy = runCli(["route", file, "--policy", "no-such-policy"]);
    assert.equal(badPolicy.status, 2);
    assert.match(badPolicy.stderr, /unknown policy "no-such-policy"/);
  });

  it("never writes over its input", () => {
    const text = "Offence,RM2000/s\nContact,High\n";
    const file = write("keep.csv", text);
    const run = runCli(["route", file, "-o", file]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /never writes over its input/);
    assert.equal(readFileSync(file, "utf8"), text);
  });
});
