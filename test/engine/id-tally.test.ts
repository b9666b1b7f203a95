import assert from "node:assert/strict";
import fc from "fast-check";
import { IdTally } from "../../src/engine/id-tally";

/** What V-3 means by the same ID: trimmed, case ignored (the tally must agree with it on every string). */
function referenceCounts(ids: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const key = id.trim().toLowerCase();
    if (key !== "") counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function repeatedOf(counts: Map<string, number>): Map<string, number> {
  return new Map([...counts].filter(([, count]) => count > 1));
}

// letters whose case mappings leave ASCII or change length, spaces trim takes and some it does not
const TRICKY = [
  "a",
  "A",
  "z",
  "Z",
  "0",
  " ",
  "\t",
  "\u00a0",
  "\u0001",
  "\u212a",
  "k",
  "K",
  "\u0130",
  "i",
  "ß",
  "Σ",
  "ς",
];
const idText = fc.array(fc.constantFrom(...TRICKY), { maxLength: 5 }).map((chars) => chars.join(""));

describe("IdTally", () => {
  it("counts rows per ID exactly as comparing trim().toLowerCase() does, on tricky and random IDs", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(idText, fc.string({ maxLength: 4 })), { maxLength: 300 }), (ids) => {
        const tally = new IdTally();
        const entries = ids.map((id) => tally.add(id));
        const reference = referenceCounts(ids);
        ids.forEach((id, row) => {
          const key = id.trim().toLowerCase();
          if (key === "") assert.equal(entries[row], -1);
          else assert.equal(tally.rowsOf(entries[row]), reference.get(key), JSON.stringify(id));
        });
        assert.equal(tally.size, reference.size);
        assert.deepEqual(tally.repeated(), repeatedOf(reference));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps counting right as it grows past many thousands of distinct IDs", () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => (i % 3 === 0 ? `a${i % 20_000}` : ` A${i % 20_000} `));
    const tally = new IdTally();
    ids.forEach((id) => tally.add(id));
    assert.equal(tally.size, 20_000);
    assert.deepEqual(tally.repeated(), repeatedOf(referenceCounts(ids)));
  });

  it("gives the same entry to the same ID however it is cased or padded", () => {
    const tally = new IdTally();
    const first = tally.add("A1234BC");
    assert.equal(tally.add(" a1234bc\t"), first);
    assert.equal(tally.add("a1234BC"), first);
    assert.notEqual(tally.add("A1234BD"), first);
    assert.equal(tally.rowsOf(first), 3);
    assert.equal(tally.add("   "), -1);
  });
});
