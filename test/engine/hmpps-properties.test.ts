import assert from "node:assert/strict";
import fc from "fast-check";
import { CellValue } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { routeRecord } from "../support/route-records";
import { HMPPS_HEADERS } from "./rule-cases/hmpps-2017/base-rows";

const policy = getBundledPolicy("hmpps-2017");
const STATUSES = new Set(Object.values(policy.data.statuses));

/** Accepted values per header (blank included), so generated rows reach every step, not only V-1. */
const VALID_VALUES: Record<string, string[]> = {
  ID: ["A1", "a1 ", ""],
  Sex: ["M", "F", ""],
  Age: ["17", "18", "45", ""],
  Offence: ["Contact", "Attempted", "Non-contact", "Grooming", "IIOC", ""],
  "OSP/DC": ["Low", "Medium", "31", "Very High", ""],
  "OSP/IIC": ["L", "Med", "H", ""],
  LDC: ["Y", "N", ""],
  "LDC score": ["2", "3", ""],
  "HSP score": ["0", "3", ""],
  "Maintains innocence": ["Y", "N", ""],
  Willing: ["Y", "N", ""],
  "Active appeal": ["Y", "N", ""],
  Completed: ["KAI", "BNM+", "BNMP; LNM", "HOR, HSP", "Core SOTP", ""],
  Setting: ["Custody", "Community", ""],
  "Release date": ["2014-03-01", "31/12/2014", "41640", ""],
  Site: ["HMP Bure", ""],
};

function recordOf(cells: CellValue[]): Record<string, CellValue> {
  return Object.fromEntries(HMPPS_HEADERS.map((header, index) => [header, cells[index]]));
}

const validRow = fc.tuple(...HMPPS_HEADERS.map((h) => fc.constantFrom(...VALID_VALUES[h]))).map(recordOf);
const anyRow = fc
  .tuple(
    ...HMPPS_HEADERS.map((h) =>
      fc.oneof(fc.string(), fc.double(), fc.constantFrom(...VALID_VALUES[h]), fc.constantFrom(" ", "\u00a0", "")),
    ),
  )
  .map(recordOf);
const RUNS = { numRuns: 300 };
const route = (record: Record<string, CellValue>) => routeRecord(record, { policy, headers: HMPPS_HEADERS });

describe("routing any row under hmpps-2017 (property tests)", () => {
  it("gives exactly one status from the policy's list, or blank outputs for an all-blank row, and never throws", () => {
    fc.assert(
      fc.property(fc.oneof(validRow, anyRow), (record) => {
        const result = route(record);
        const allBlank = Object.values(record).every((cell) => String(cell ?? "").trim() === "");
        if (allBlank) assert.deepEqual([result.status, result.programme, result.reasons], ["", "", []]);
        else assert.ok(STATUSES.has(result.status) && result.status !== "Deferred", result.status);
        assert.equal(result.tier === "", result.programmeCode === null);
        if (result.programmeCode !== null) {
          assert.equal(result.tier, policy.programmeByCode.get(result.programmeCode)?.tiers[0]);
        }
      }),
      RUNS,
    );
  });

  it("gives the same output for the same input", () => {
    fc.assert(
      fc.property(fc.oneof(validRow, anyRow), (record) => {
        assert.deepEqual(route(record), route({ ...record }));
      }),
      RUNS,
    );
  });

  it("puts the deciding rule's reason first and stamps hmpps-2017@1.0.0 on every non-blank result", () => {
    fc.assert(
      fc.property(fc.oneof(validRow, anyRow), (record) => {
        const result = route(record);
        if (result.status === "") return;
        assert.match(result.decidingRule, /^[A-Z]+-\d+$/);
        assert.ok(result.reasons[0].startsWith(`${result.decidingRule}: `), result.reasons[0]);
        assert.equal(result.policy, "hmpps-2017@1.0.0");
      }),
      RUNS,
    );
  });
});
