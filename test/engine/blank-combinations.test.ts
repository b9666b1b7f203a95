import assert from "node:assert/strict";
import fc from "fast-check";
import { CellValue } from "../../src/parsing";
import { routeRecord } from "../support/route-records";

const OFFENCES = ["Contact", "Attempted contact", "Sexually motivated", "Non-contact", "Online grooming", "IIOC only"];
const BANDS = ["Low", "Medium", "High", "Very High"];
const CHOICES: Record<string, string[]> = { Offence: OFFENCES, "RM2000/s": BANDS, OGRS3: BANDS };

/** Every way to fill in the blank ones of Offence, RM2000/s and OGRS3 (spec V-2). */
function fillIns(record: Record<string, CellValue>): Record<string, CellValue>[] {
  let rows = [record];
  for (const [header, values] of Object.entries(CHOICES)) {
    if (String(record[header] ?? "").trim() !== "") continue;
    rows = rows.flatMap((row) => values.map((value) => ({ ...row, [header]: value })));
  }
  return rows;
}

const row = fc.record({
  Offence: fc.constantFrom("", "Contact", "Non-contact", "IIOC"),
  "RM2000/s": fc.constantFrom("", "Low", "Medium", "Very High"),
  OGRS3: fc.constantFrom("", "20", "60"),
  Sex: fc.constantFrom("", "F"),
  "Learning disability": fc.constantFrom("", "Y"),
  "Maintains innocence": fc.constantFrom("", "Y"),
  Willing: fc.constantFrom("", "N"),
  "Active appeal": fc.constantFrom("", "Y"),
  Needs: fc.constantFrom("", "SPC", "ASB"),
  Completed: fc.constantFrom("", "LI", "HI", "BNM", "LNM"),
  Setting: fc.constantFrom("", "Community"),
  "Release date": fc.constantFrom("", "2014-03-01"),
});

describe("V-2, checked against routing every fill-in of the blank fields", () => {
  it("is Incomplete exactly when the fill-ins disagree on programme, status or tier, else keeps what they share", () => {
    fc.assert(
      fc.property(row, (record) => {
        const runs = fillIns(record).map((filled) => routeRecord(filled));
        const result = routeRecord(record);
        const outcome = (r: (typeof runs)[number]) => `${r.programme}|${r.status}|${r.tier}`;
        const outcomes = new Set(runs.map(outcome));
        if (outcomes.size > 1) {
          assert.deepEqual(
            [result.status, result.programme, result.tier, result.flags, result.followOn],
            ["Incomplete", "None", "", [], []],
          );
          return;
        }
        const shared = (pick: (r: (typeof runs)[number]) => string[]) =>
          pick(runs[0]).filter((item) => runs.every((r) => pick(r).includes(item)));
        const rules = new Set(runs.map((r) => r.decidingRule));
        assert.deepEqual(
          [outcome(result), result.flags, result.followOn, result.decidingRule],
          [
            outcome(runs[0]),
            shared((r) => r.flags),
            shared((r) => r.followOn),
            rules.size === 1 ? runs[0].decidingRule : "V-2",
          ],
        );
      }),
      { numRuns: 300 },
    );
  });
});
