import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT, runCli } from "../support/run-cli";

const EXPORT = path.join(REPO_ROOT, "test/fixtures/analyst-export.csv");
const BY_HAND = [
  ["--map", "NOMIS No=id"],
  ["--map", "IQ score=iq"],
  ["--map", "Denies offence=Maintains innocence"],
  ["--map", "Appeal lodged=appeal"],
  ["--map", "Release (CRD)=release"],
].flat();

describe("sotp says which column feeds which field", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-map-"));

  it("lists every column on stderr and warns about ignored columns whose header looks like a field", () => {
    const run = runCli(["route", EXPORT, "--as-of", "2015-03-02"]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /columns of .*analyst-export\.csv \(header row 2\): 7 read, 6 ignored/);
    assert.match(run.stderr, /\n {2}A {3}NOMIS No +→ ignored\n/);
    assert.match(run.stderr, /\n {2}B {3}Offence type +→ Offence\n/);
    assert.match(run.stderr, /\n {2}M {3}Notes +→ ignored\n/);
    const warnings = run.stderr.split("\n").filter((line) => line.startsWith("sotp: warning:"));
    assert.deepEqual(
      warnings.map((line) => /column (\w+) "([^"]+)" is ignored but looks like .*\((\w+)\):/.exec(line)?.slice(1)),
      [
        ["E", "IQ score", "iq"],
        ["F", "Denies offence", "denial"],
        ["H", "Appeal lodged", "appeal"],
        ["I", "Release (CRD)", "release"],
      ],
    );
    assert.match(warnings[1], /--map "Denies offence=denial" reads it/);
  });

  it("--map reads the columns as chosen, which changes the routing, and the JSON carries the mapping", () => {
    const out = path.join(dir, "mapped.json");
    const run = runCli(["route", EXPORT, "--as-of", "2015-03-02", ...BY_HAND, "-o", out]);
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /warning/);
    assert.match(run.stderr, /\n {2}F {3}Denies offence +→ Maintains innocence \(--map\)\n/);
    const json = JSON.parse(readFileSync(out, "utf8"));
    assert.equal(json.headerRow, 2);
    assert.equal(json.policy, "foi-86525@1.0.0");
    assert.deepEqual(json.columns[5], {
      column: "F",
      header: "Denies offence",
      reads: "denial",
      label: "Maintains innocence",
      byHand: true,
      lookAlike: [],
    });
    const outcome = (id: string, index = 0) =>
      json.rows.filter((r: { input: Record<string, string> }) => r.input["NOMIS No"] === id)[index];
    assert.equal(outcome("A1001AA").status, "Not eligible");
    assert.equal(outcome("A1002AA").status, "Out of scope");
    assert.equal(outcome("A1003AA").status, "Deferred");
    assert.ok(outcome("A1003AA", 1).flags.includes("DUPLICATE_ID"));
  });

  it("--map COLUMN=ignore keeps a column ignored without a warning; --strict makes a warning exit 2", () => {
    const ignoring = ["IQ score", "Denies offence", "Appeal lodged", "Release (CRD)"].flatMap((h) => [
      "--map",
      `${h}=ignore`,
    ]);
    const quiet = runCli(["route", EXPORT, "--strict", ...ignoring]);
    assert.equal(quiet.status, 0, quiet.stderr);
    assert.doesNotMatch(quiet.stderr, /warning/);
    const strict = runCli(["route", EXPORT, "--strict", "--map", "IQ score=iq"]);
    assert.equal(strict.status, 2);
    assert.equal(strict.stdout, "");
    assert.match(strict.stderr, /sotp: --strict: 3 such columns were ignored/);
  });

  it("summary takes --map and --strict too", () => {
    assert.equal(runCli(["summary", EXPORT, "--strict"]).status, 2);
    const run = runCli(["summary", EXPORT, "--as-of", "2015-03-02", ...BY_HAND]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Deferred 1/);
  });

  it("--map can supply a required column the headers miss, and refuses unknown headers and fields", () => {
    const file = path.join(dir, "risk-named-oddly.csv");
    writeFileSync(file, "Case,Offence,Static risk\nX1,Contact,High\n");
    const run = runCli(["route", file, "--map", "Static risk=RM2000/s", "--map", "Case=id"]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /High Intensity/);
    const unknownHeader = runCli(["route", file, "--map", "Risk=rm2000s"]);
    assert.equal(unknownHeader.status, 2);
    assert.match(
      unknownHeader.stderr,
      /--map: no header row has "Risk" \(headers of row 1: Case, Offence, Static risk\)/,
    );
    const unknownField = runCli(["route", file, "--map", "Static risk=danger"]);
    assert.equal(unknownField.status, 2);
    assert.match(unknownField.stderr, /"danger" is not a field of foi-86525@1\.0\.0 \(choose ignore, id, sex/);
  });
});
