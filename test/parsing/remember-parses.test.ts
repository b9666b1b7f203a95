import assert from "node:assert/strict";
import fc from "fast-check";
import { createRowParser, mapHeaders } from "../../src/parsing";
import { getBundledPolicy, loadPolicy } from "../../src/policies";
import { SAMPLE_HEADERS } from "../../src/sample/generate-cohort";

const SPELLINGS = ["", "Yes", " yes ", "N", "1", "0", "42", "42%", "0.42", "12.5", "High", "medium", "Contact"];
const MORE = ["IIOC only", "2016-03-13", "31/02/2014", "#N/A", "Custody", "None", "SOTP;HSP", "x;-;y", "=1+1"];

describe("remembered parses (one answer per distinct cell text and column)", () => {
  for (const id of ["foi-86525", "hmpps-2017"]) {
    it(`${id}: rows parsed by one parser equal rows parsed each by a fresh parser`, () => {
      const policy = getBundledPolicy(id);
      const mapping = mapHeaders([...SAMPLE_HEADERS], policy);
      const shared = createRowParser(mapping, policy);
      const cell = fc.oneof(fc.constantFrom(...SPELLINGS, ...MORE), fc.integer({ min: -5, max: 150 }), fc.boolean());
      const rows = fc.array(fc.array(cell, { minLength: SAMPLE_HEADERS.length, maxLength: SAMPLE_HEADERS.length }), {
        minLength: 1,
        maxLength: 30,
      });
      fc.assert(
        fc.property(rows, fc.boolean(), (cohort, percent) => {
          const options = { percentFormatted: SAMPLE_HEADERS.map(() => percent) };
          for (const row of cohort) {
            // a policy loaded afresh: its own remembered parses, empty (parsers of one policy share theirs)
            const unshared = loadPolicy(policy.data);
            const fresh = createRowParser(mapHeaders([...SAMPLE_HEADERS], unshared), unshared)(row, options);
            assert.deepEqual(shared(row, options), fresh, JSON.stringify(row));
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it("tells -0 from 0 (a score field keeps the sign), and a %-formatted OGRS3 from the same number unformatted", () => {
    const cases: [string, readonly string[], readonly (readonly [number, boolean])[]][] = [
      [
        "hmpps-2017",
        ["ID", "LDC score"],
        [
          [0, false],
          [-0, false],
          [-0, false],
          [0, false],
        ],
      ],
      [
        "foi-86525",
        ["ID", "OGRS3"],
        [
          [0.42, false],
          [0.42, true],
          [0.9, true],
          [0.9, false],
          [0.9, true],
        ],
      ],
    ];
    for (const [id, headers, cells] of cases) {
      const policy = getBundledPolicy(id);
      const mapping = mapHeaders([...headers], policy);
      const shared = createRowParser(mapping, policy);
      for (const [cell, percent] of cells) {
        const options = { percentFormatted: [false, percent] };
        const fresh = createRowParser(mapping, policy)(["A1", cell], options);
        assert.deepEqual(shared(["A1", cell], options), fresh, `${id} ${Object.is(cell, -0) ? "-0" : cell} ${percent}`);
      }
    }
  });

  it("gives each row its own values object", () => {
    const policy = getBundledPolicy("foi-86525");
    const parse = createRowParser(mapHeaders([...SAMPLE_HEADERS], policy), policy);
    const cells = SAMPLE_HEADERS.map((header) => (header === "Needs" ? "None" : header === "ID" ? "A1" : ""));
    const [first, second] = [parse(cells), parse(cells)];
    assert.notEqual(first.values, second.values);
    assert.deepEqual(first.values, second.values);
  });

  it("shares one field's remembered answers between the row parsers of a policy (one per custom-function call)", () => {
    const policy = loadPolicy(getBundledPolicy("foi-86525").data); // its own memory, whatever other tests parsed
    const [first, second] = [["Needs"], ["ID", "Needs"]].map((headers) =>
      createRowParser(mapHeaders(headers, policy), policy),
    );
    const needs = (row: { values: Record<string, unknown> }) => row.values.needs;
    assert.equal(needs(second(["A1", "SPC;ASB"])), needs(first(["SPC;ASB"])));
    const otherPolicy = loadPolicy(policy.data);
    const third = createRowParser(mapHeaders(["Needs"], otherPolicy), otherPolicy);
    assert.notEqual(needs(third(["SPC;ASB"])), needs(first(["SPC;ASB"])));
    assert.deepEqual(needs(third(["SPC;ASB"])), needs(first(["SPC;ASB"])));
  });

  it("starts a full field's memory again rather than stop remembering", () => {
    const policy = loadPolicy(getBundledPolicy("foi-86525").data);
    const parse = createRowParser(mapHeaders(["Needs"], policy), policy);
    for (let i = 0; i < 5000; i++) parse([`SPC;ASB;${i}`]);
    const needs = (cell: string) => parse([cell]).values.needs;
    assert.equal(needs("SPC;WD"), needs("SPC;WD"));
  });
});
