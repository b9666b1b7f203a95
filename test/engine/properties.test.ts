import assert from "node:assert/strict";
import fc from "fast-check";
import { CellValue } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { routeRecord, STANDARD_HEADERS } from "../support/route-records";

type Header = (typeof STANDARD_HEADERS)[number];

const policy = getBundledPolicy("foi-86525");
const STATUSES = new Set(Object.values(policy.data.statuses));
const TIERS = ["Low", "Medium", "High"];
const BANDS = ["Low", "Medium", "High", "Very High"];

/** Accepted values per header (blank included), so generated rows reach every step, not only V-1. */
const VALID_VALUES: Record<Header, string[]> = {
  ID: ["A1", "a1 ", ""],
  Sex: ["M", "F", ""],
  Age: ["17", "18", "45", ""],
  Offence: ["Contact", "Attempted", "Sexually motivated", "Non-contact", "Grooming", "IIOC", ""],
  "RM2000/s": [...BANDS, ""],
  OGRS3: ["10", "55", "80%", "Very High", ""],
  IQ: ["55", "65", "85", ""],
  "Learning disability": ["Y", "N", ""],
  "Maintains innocence": ["Y", "N", ""],
  Willing: ["Y", "N", ""],
  "Active appeal": ["Y", "N", ""],
  Needs: ["SPC", "ASB", "SPV; WD", ""],
  Completed: ["LI", "HI", "BNM", "LI; HSP", ""],
  Setting: ["Custody", "Community", ""],
  "Release date": ["2014-03-01", "31/12/2014", "41640", ""],
  Site: ["HMP Bure", ""],
};

function recordOf(cells: string[]): Record<string, CellValue> {
  return Object.fromEntries(STANDARD_HEADERS.map((header, index) => [header, cells[index]]));
}

const validRow = fc.tuple(...STANDARD_HEADERS.map((h) => fc.constantFrom(...VALID_VALUES[h]))).map(recordOf);
const anyRow = fc
  .tuple(
    ...STANDARD_HEADERS.map((h) =>
      fc.oneof(fc.string(), fc.constantFrom(...VALID_VALUES[h]), fc.constantFrom(" ", "\u00a0", "")),
    ),
  )
  .map(recordOf);
const RUNS = { numRuns: 300 };

describe("routing any row (property tests)", () => {
  it("gives exactly one status from the policy's list, or blank outputs for an all-blank row, and never throws", () => {
    fc.assert(
      fc.property(anyRow, (record) => {
        const result = routeRecord(record);
        const allBlank = Object.values(record).every((cell) => String(cell ?? "").trim() === "");
        if (allBlank) assert.deepEqual([result.status, result.programme, result.reasons], ["", "", []]);
        else assert.ok(STATUSES.has(result.status), result.status);
        assert.equal(result.tier === "", result.programmeCode === null);
      }),
      RUNS,
    );
  });

  it("gives the same output for the same input", () => {
    fc.assert(
      fc.property(anyRow, (record) => {
        assert.deepEqual(routeRecord(record), routeRecord({ ...record }));
      }),
      RUNS,
    );
  });

  it("never lowers the dosage tier when RM2000/s rises and the programme stays the same", () => {
    fc.assert(
      fc.property(validRow, (record) => {
        const results = BANDS.map((band) => routeRecord({ ...record, "RM2000/s": band }));
        for (let low = 0; low < results.length; low++) {
          for (let high = low + 1; high < results.length; high++) {
            const [a, b] = [results[low], results[high]];
            if (a.programmeCode === null || a.programmeCode !== b.programmeCode) continue;
            assert.ok(
              TIERS.indexOf(b.tier) >= TIERS.indexOf(a.tier),
              `${BANDS[low]}→${BANDS[high]}: ${a.tier}→${b.tier}`,
            );
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("puts the deciding rule's reason first and stamps the policy on every non-blank result", () => {
    fc.assert(
      fc.property(fc.oneof(validRow, anyRow), (record) => {
        const result = routeRecord(record);
        if (result.status === "") return;
        assert.match(result.decidingRule, /^[A-Z]+-\d+$/);
        assert.ok(result.reasons[0].startsWith(`${result.decidingRule}: `), result.reasons[0]);
        assert.equal(result.policy, "foi-86525@1.0.0");
      }),
      RUNS,
    );
  });
});
