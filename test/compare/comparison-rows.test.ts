import assert from "node:assert/strict";
import { COMPARISON_COLUMNS, compareTable, comparisonRows } from "../../src/compare";
import { parseIsoDay } from "../../src/parsing";
import { loadPolicy } from "../../src/policies";
import { foi, hmpps, SMALL_COHORT } from "./compare-fixture";

const asOf = parseIsoDay("2014-01-01") as number;
const INPUTS = 7;

function rowsOf(rows: typeof SMALL_COHORT) {
  const result = compareTable(rows, { from: foi, to: hmpps, asOf });
  assert.ok(result.ok, result.ok ? "" : result.message);
  return [...comparisonRows(rows, result)];
}

const column = (name: string) => INPUTS + COMPARISON_COLUMNS.indexOf(name);

describe("the per-row output of a comparison", () => {
  it("keeps the input columns, replaces earlier outputs, then writes the fifteen comparison columns", () => {
    const [header] = rowsOf(SMALL_COHORT);
    assert.deepEqual(header, [
      ...["ID", "Offence", "RM2000/s", "OGRS3", "OSP/DC", "OSP/IIC", "Setting"],
      ...["Programme (from)", "Status (from)", "Dosage tier (from)", "Flags (from)", "Follow-on (from)"],
      ...["Programme (to)", "Status (to)", "Dosage tier (to)", "Flags (to)", "Follow-on (to)"],
      ...["Changed", "Reasons (from)", "Reasons (to)", "Policy (from)", "Policy (to)"],
    ]);
  });

  it("shows both routings, and Changed yes / no / blank", () => {
    const rows = rowsOf(SMALL_COHORT);
    const pick = (row: number, ...names: string[]) => names.map((name) => rows[row][column(name)]);
    assert.deepEqual(
      pick(
        1,
        "Programme (from)",
        "Dosage tier (from)",
        "Flags (from)",
        "Programme (to)",
        "Dosage tier (to)",
        "Changed",
      ),
      ["High Intensity", "Medium", "PILOT_ONLY", "Kaizen", "High", "yes"],
    );
    assert.deepEqual(pick(1, "Flags (to)"), ["HSP_NOT_ASSESSED"], "HSP score unknown (no column)");
    assert.deepEqual(pick(4, "Status (from)", "Flags (from)", "Status (to)", "Flags (to)", "Changed"), [
      "Not commissioned",
      "LOW_RISK_NOT_COMMISSIONED",
      "Not commissioned",
      "ALTERNATIVE_PATHWAY",
      "no",
    ]);
    assert.deepEqual(pick(5, "Programme (from)", "Changed", "Policy (from)", "Policy (to)"), ["", "", "", ""]);
    assert.deepEqual(pick(1, "Policy (from)", "Policy (to)"), ["foi-86525@1.0.0", "hmpps-2017@1.0.0"]);
    assert.match(String(pick(6, "Reasons (from)")[0]), /^V-1: RM2000\/s "Purple"/);
    assert.match(String(pick(6, "Reasons (to)")[0]), /^K-1: /);
    assert.deepEqual(pick(7, "Programme (from)", "Dosage tier (from)", "Programme (to)", "Dosage tier (to)"), [
      "Low Intensity",
      "High",
      "iHorizon",
      "Medium",
    ]);
    assert.match(String(pick(7, "Reasons (to)")[0]), /^H-1: .*\[reconstructed\]$/);
  });

  it("counts a change of dosage tier alone as a change, and matches programmes by code, not by name", () => {
    const rows = [
      ["Offence", "RM2000/s", "OGRS3"],
      ["Contact", "High", "60"],
      ["Contact", "Low", "60"],
    ];
    const { tiers, programmes } = foi.data;
    const variant = loadPolicy({
      ...foi.data,
      id: "foi-variant",
      tiers: { ...tiers, fromScale: { ...tiers.fromScale, high: "Medium" } },
      programmes: programmes.map((p) => (p.code === "LI" ? { ...p, name: "Low Intensity (renamed)" } : p)),
    });
    const result = compareTable(rows, { from: foi, to: variant, asOf });
    assert.ok(result.ok);
    const out = [...comparisonRows(rows, result)];
    const at = (name: string) => 3 + COMPARISON_COLUMNS.indexOf(name);
    const pick = (row: number) => ["Dosage tier (from)", "Dosage tier (to)", "Changed"].map((n) => out[row][at(n)]);
    assert.deepEqual(pick(1), ["High", "Medium", "yes"]);
    assert.deepEqual(out[2][at("Programme (to)")], "Low Intensity (renamed)");
    assert.deepEqual(pick(2), ["Low", "Low", "no"]);
  });

  it("gives the same output for a file that was compared before (old comparison columns replaced)", () => {
    const once = rowsOf(SMALL_COHORT);
    assert.deepEqual(rowsOf(once as typeof SMALL_COHORT), once);
  });

  it("refuses a file one policy cannot route as a whole, naming that policy", () => {
    const result = compareTable(
      [
        ["Offence", "RM2000/s"],
        ["Contact", "Low"],
      ],
      { from: foi, to: hmpps, asOf },
    );
    assert.ok(!result.ok);
    assert.deepEqual(result.refusedBy, ["hmpps-2017@1.0.0"]);
    assert.match(
      result.message,
      /^policy hmpps-2017@1\.0\.0 cannot route this file: missing required column: at least one of OSP\/DC .* or OSP\/IIC/,
    );
  });

  it("gives both messages when both policies refuse, each naming its policy", () => {
    const result = compareTable(
      [
        ["ID", "OGRS3"],
        ["A1", "60"],
      ],
      { from: foi, to: hmpps, asOf },
    );
    assert.ok(!result.ok);
    assert.deepEqual(result.refusedBy, ["foi-86525@1.0.0", "hmpps-2017@1.0.0"]);
    assert.match(
      result.message,
      /^policy foi-86525@1\.0\.0 cannot route this file: .*; policy hmpps-2017@1\.0\.0 cannot/,
    );
  });

  it("refuses a file with both LD and LDC under hmpps-2017, which reads both as LDC", () => {
    const result = compareTable(
      [
        ["Offence", "RM2000/s", "OSP/DC", "LD", "LDC"],
        ["Contact", "Low", "Low", "No", "No"],
      ],
      { from: foi, to: hmpps, asOf },
    );
    assert.ok(!result.ok);
    assert.deepEqual(result.refusedBy, ["hmpps-2017@1.0.0"]);
    assert.match(
      result.message,
      /^policy hmpps-2017@1\.0\.0 cannot route this file: conflicting columns: "LD" and "LDC"/,
    );
  });
});
