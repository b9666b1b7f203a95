import assert from "node:assert/strict";
import fc from "fast-check";
import type { DecisionView } from "../../src/engine";
import { CellValue } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { routeRecord } from "../support/route-records";
import { HMPPS_HEADERS } from "./rule-cases/hmpps-2017/base-rows";

const policy = getBundledPolicy("hmpps-2017");
const OFFENCES = ["Contact", "Attempted contact", "Sexually motivated", "Non-contact", "Online grooming", "IIOC only"];
/** What a blank cell could be, per column (hmpps-2017 V-2): only for the columns the file has. */
const CHOICES: Record<string, string[]> = {
  Offence: OFFENCES,
  "OSP/DC": ["Low", "Medium", "High", "Very High"],
  "OSP/IIC": ["Low", "Medium", "High"],
};

type Row = Record<string, CellValue>;

function fillIns(record: Row, headers: readonly string[]): Row[] {
  let rows = [record];
  for (const [header, values] of Object.entries(CHOICES)) {
    if (!headers.includes(header) || String(record[header] ?? "").trim() !== "") continue;
    rows = rows.flatMap((row) => values.map((value) => ({ ...row, [header]: value })));
  }
  return rows;
}

const route = (record: Row, headers: readonly string[]) => routeRecord(record, { policy, headers });
const outcome = (r: DecisionView) => `${r.programme}|${r.status}|${r.tier}`;

const row = fc.record({
  Offence: fc.constantFrom("", "Contact", "Online grooming"),
  "OSP/DC": fc.constantFrom("", "Low", "25", "High"),
  "OSP/IIC": fc.constantFrom("", "Low", "Medium", "High"),
  Sex: fc.constantFrom("", "F"),
  LDC: fc.constantFrom("", "Y"),
  "HSP score": fc.constantFrom("", "1", "4"),
  "Maintains innocence": fc.constantFrom("", "Y"),
  Willing: fc.constantFrom("", "N"),
  Completed: fc.constantFrom("", "KAI", "HOR", "BNMP", "LNM", "HI"),
  Setting: fc.constantFrom("", "Community"),
  "Release date": fc.constantFrom("", "2014-03-01"),
});
const columns = fc.constantFrom(
  HMPPS_HEADERS,
  HMPPS_HEADERS.filter((h) => h !== "OSP/DC"),
  HMPPS_HEADERS.filter((h) => h !== "OSP/IIC"),
);

describe("hmpps-2017 V-2, checked against routing every fill-in of the blank fields the file has", () => {
  it("is Incomplete exactly when the fill-ins disagree, else keeps what they share", () => {
    fc.assert(
      fc.property(row, columns, (record, headers) => {
        const runs = fillIns(record, headers).map((filled) => route(filled, headers));
        const result = route(record, headers);
        if (Object.values(record).every((cell) => cell === "")) {
          // every cell blank: a blank row, left blank (V-2 is about rows with something in them)
          assert.deepEqual([result.status, result.programme, result.decidingRule], ["", "", ""]);
          return;
        }
        if (new Set(runs.map(outcome)).size > 1) {
          assert.deepEqual([result.status, result.flags, result.followOn], ["Incomplete", [], []]);
          return;
        }
        const shared = (pick: (r: DecisionView) => string[]) =>
          pick(runs[0]).filter((item) => runs.every((r) => pick(r).includes(item)));
        const rules = new Set(runs.map((r) => r.decidingRule));
        assert.deepEqual(
          [outcome(result), result.flags, result.followOn, result.decidingRule],
          [
            outcome(runs[0]),
            shared((r) => r.flags),
            shared((r) => r.followOn),
            rules.size === 1 ? [...rules][0] : "V-2",
          ],
        );
      }),
      { numRuns: 300 },
    );
  });

  it("tries both blank OSP cells as 12 combinations, and names both when they matter", () => {
    const record = { Offence: "Contact", "OSP/DC": "", "OSP/IIC": "", "HSP score": "0" };
    assert.equal(fillIns(record, HMPPS_HEADERS).length, 12);
    const result = route(record, HMPPS_HEADERS);
    assert.equal(result.status, "Incomplete");
    assert.match(result.reasons[0], /^V-2: OSP\/DC and OSP\/IIC are blank and could change the outcome/);
    assert.match(result.reasons[0], /Kaizen \(Recommended, High\)/);
  });

  it("does not try an OSP field whose column the file does not have", () => {
    const onlyDc = HMPPS_HEADERS.filter((h) => h !== "OSP/IIC");
    const result = route({ Offence: "Contact", "OSP/DC": "Low", "HSP score": "0" }, onlyDc);
    assert.deepEqual([result.status, result.decidingRule], ["Not commissioned", "C-1"]);
  });
});
