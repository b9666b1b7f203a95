import assert from "node:assert/strict";
import fc from "fast-check";
import { CellValue, describeMappingProblem, mapHeaders } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";

const policy = getBundledPolicy("foi-86525");
const SPELLINGS = policy.fields.flatMap((field) => field.headers);
const RUNS = { numRuns: 500 };

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom(...SPELLINGS),
  fc.double(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
  fc.constant(undefined),
);
/** Header rows with known headers in them, so mappings and conflicts are common. */
const headerRow = fc.array(fc.oneof(anyCell, fc.constantFrom(...SPELLINGS)), { maxLength: 30 });

/** What each header text maps to, as a sorted list of "header → role". */
function rolesByHeader(cells: readonly CellValue[]): string[] {
  const mapping = mapHeaders(cells, policy);
  return [...new Set(mapping.headers.map((h, i) => `${h} → ${JSON.stringify(mapping.roles[i])}`))].sort();
}

/** The header with random case, and spaces, punctuation or invisible characters between its characters. */
const variantOf = (header: string) =>
  fc
    .array(fc.tuple(fc.boolean(), fc.constantFrom("", "", " ", "\u00a0", "-", "_", ".", "/", "\u200b", "  ")), {
      minLength: header.length,
      maxLength: header.length,
    })
    .map((choices) =>
      [...header].map((c, i) => (choices[i][0] ? c.toUpperCase() : c.toLowerCase()) + choices[i][1]).join(""),
    );

describe("header mapping (property tests)", () => {
  it("never throws on any header row, and gives one role per column", () => {
    fc.assert(
      fc.property(headerRow, (cells) => {
        const mapping = mapHeaders(cells, policy);
        assert.equal(mapping.roles.length, cells.length);
        const problem = describeMappingProblem(mapping, policy);
        assert.ok(problem === null || (typeof problem === "string" && problem.length > 0));
      }),
      RUNS,
    );
  });

  it("maps each header the same whatever the order of the columns", () => {
    fc.assert(
      fc.property(
        headerRow.chain((cells) =>
          fc.tuple(fc.constant(cells), fc.shuffledSubarray(cells, { minLength: cells.length })),
        ),
        ([cells, shuffled]) => {
          assert.deepEqual(rolesByHeader(shuffled), rolesByHeader(cells));
          const fields = (c: readonly CellValue[]) => {
            const m = mapHeaders(c, policy);
            return [m.missingRequired.map((f) => f.name), m.conflicts.map((x) => x.field).sort()];
          };
          assert.deepEqual(fields(shuffled), fields(cells));
        },
      ),
      RUNS,
    );
  });

  it("maps case, space and punctuation variants of every accepted header to the same field", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SPELLINGS).chain((h) => fc.tuple(fc.constant(h), variantOf(h))),
        ([header, variant]) => {
          const [role] = mapHeaders([variant], policy).roles;
          assert.deepEqual(role, mapHeaders([header], policy).roles[0], JSON.stringify(variant));
          assert.equal(role.kind, "field");
        },
      ),
      RUNS,
    );
  });
});
