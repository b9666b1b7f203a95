import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../support/run-cli";

const COHORT = [
  "ID,Site,Offence,RM2000/s,OGRS3,Setting",
  "P1,HMP Bure,Contact,High,60,Custody",
  "P2,HMP Bure,Contact,High,60,Community",
  "P3,HMP Usk,Contact,Low,60,Community",
  "P4,HMP Usk,Contact,High,60,",
].join("\n");

describe("sotp summary checks its capacity table", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-capacity-"));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, `${text}\n`);
    return file;
  };
  const cohort = write("cohort.csv", COHORT);

  it("finds the header row below a title row, and names cells by their real rows", () => {
    const capacity = write(
      "titled.csv",
      "Capacity 2015/16 (regional plan),,,\n,,,\nProgramme,Site,Groups per year,Group size\nHI,HMP Bure,3,8\nHI,HMP Usk,x,8",
    );
    const run = runCli(["summary", cohort, "--capacity", capacity, "--as-of", "2014-01-01"]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /titled\.csv!C5: Groups per year "x" is not a number/);
    const good = write(
      "titled-good.csv",
      "Capacity 2015/16,,,\nProgramme,Site,Groups per year,Group size\nHI,HMP Bure,3,8",
    );
    const ok = runCli(["summary", cohort, "--capacity", good, "--as-of", "2014-01-01", "--format", "csv"]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /^High Intensity,HMP Bure,2,0,24,0\.08,green/m);
  });

  it("warns about a capacity row whose site matches no cohort site", () => {
    const capacity = write(
      "typo.csv",
      "Programme,Site,Groups per year,Group size\nHI,HMP Bure,3,8\nHI,HMP Wattton,2,8",
    );
    const run = runCli(["summary", cohort, "--capacity", capacity, "--as-of", "2014-01-01"]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stderr,
      /sotp: warning: capacity row typo\.csv!A3 \(HI at "HMP Wattton"\) matches no site of the cohort, so it is not used/,
    );
    assert.doesNotMatch(run.stderr, /HMP Bure"\)/);
  });

  it("names every (programme, site) on the policy's defaults", () => {
    const capacity = write("bure-only.csv", "Programme,Site,Groups per year,Group size\nHI,HMP Bure,3,8");
    const run = runCli(["summary", cohort, "--capacity", capacity, "--as-of", "2014-01-01"]);
    assert.match(
      run.stdout,
      /Using the policy's default capacity \(no capacity row\): Low Intensity at HMP Usk; High Intensity at HMP Usk\n/,
    );
  });

  it("counts people recommended for a programme that does not run in their setting", () => {
    const run = runCli(["summary", cohort, "--as-of", "2014-01-01"]);
    assert.match(
      run.stdout,
      /Recommended for a programme that does not run in their setting: 1 person \(High Intensity in the community setting 1\); they are counted in that programme's demand/,
    );
    const csv = runCli(["summary", cohort, "--as-of", "2014-01-01", "--format", "csv"]);
    assert.match(csv.stderr, /sotp: Recommended for a programme that does not run in their setting: 1 person/);
  });
});
