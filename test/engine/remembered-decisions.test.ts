import assert from "node:assert/strict";
import fc from "fast-check";
import { createRouter, routeCohort } from "../../src/engine";
import { fieldReading } from "../../src/engine/decision-inputs";
import { createUncachedRouter } from "../../src/engine/decide-row";
import { PassRecorder, ProbeKind, ProbeTable } from "../../src/engine/record-pass";
import { memoryStats } from "../../src/engine/remember-decisions";
import { addMonthsClamped, CellValue, createRowParser, formatDay, mapHeaders, parseIsoDay } from "../../src/parsing";
import { getBundledPolicy, Policy } from "../../src/policies";
import { generateCohort } from "../../src/sample/generate-cohort";
import { STANDARD_HEADERS } from "../support/route-records";

const foi = getBundledPolicy("foi-86525");
const hmpps = getBundledPolicy("hmpps-2017");
const HMPPS_HEADERS = ["ID", "Sex", "Age", "Offence", "OSP/DC", "OSP/IIC", "LDC", "HSP score", "Maintains innocence"];
const AS_OF_DAYS = ["2014-01-01", "2014-01-31", "2016-02-29"].map((iso) => parseIsoDay(iso) as number);
const MINIMUM_DAYS = [
  ...new Set(
    [foi, hmpps].flatMap((p) =>
      p.data.programmes.flatMap((programme) => {
        const months =
          typeof programme.minMonths === "number" ? [programme.minMonths] : Object.values(programme.minMonths);
        return months.flatMap((m) =>
          AS_OF_DAYS.flatMap((asOf) => [-1, 0, 1].map((d) => addMonthsClamped(asOf, m) + d)),
        );
      }),
    ),
  ),
];
const OVERRIDE_HEADERS = ["Override", "Override reason"];

/** Cells that reach every rule: each field's spellings, numbers around every bound, dates around every minimum. */
function cellChoices(policy: Policy, header: string): fc.Arbitrary<CellValue> {
  const field = policy.fields.find((f) => f.headers.some((h) => h.toLowerCase() === header.toLowerCase()));
  const spellings = field && "scale" in field ? (policy.scales.get(field.scale) ?? []).map((v) => v.spellings[0]) : [];
  const near = (from: number, to: number) => fc.integer({ min: from, max: to });
  // release dates anywhere, and on and either side of every programme's minimum day from every as-of date
  const day = fc
    .oneof(near(AS_OF_DAYS[0] - 30, AS_OF_DAYS[2] + 800), fc.constantFrom(...MINIMUM_DAYS))
    .map((d) => formatDay(d));
  const valid =
    field?.kind === "date"
      ? day
      : field?.kind === "number" || field?.kind === "scoreOrChoice"
        ? fc.oneof(near(field.min, field.max), fc.constantFrom(...spellings, ""))
        : field?.kind === "yesNo"
          ? fc.constantFrom("Y", "N", "")
          : field?.kind === "list"
            ? fc.subarray(spellings.length ? spellings : ["LI", "HI", "BNM", "HSP"]).map((i) => i.slice(0, 3).join(";"))
            : field?.kind === "text" || !field
              ? fc.constantFrom("", "A1", "a1 ", "P\u0000age\u0000", "HMP Bure")
              : fc.constantFrom(...spellings, "");
  const junk = fc.oneof(fc.constantFrom<CellValue>(null, "yes", "Unknown"), near(0, 130), fc.string({ maxLength: 4 }));
  return fc.oneof({ arbitrary: valid, weight: 80 }, { arbitrary: junk, weight: 1 });
}

/** A few people, then many rows that each change one or two of their cells: rows that share most decision values. */
function cohortOf(policy: Policy, headers: readonly string[]) {
  const row = fc.tuple(...headers.map((h) => cellChoices(policy, h)));
  const change = fc
    .nat({ max: headers.length - 1 })
    .chain((column) => cellChoices(policy, headers[column]).map((cell) => ({ column, cell })));
  const variant = fc.tuple(fc.nat(), fc.array(change, { minLength: 1, maxLength: 2 }));
  return fc
    .tuple(fc.array(row, { minLength: 1, maxLength: 3 }), fc.array(variant, { maxLength: 60 }))
    .map(([people, variants]) => [
      ...people,
      ...variants.map(([which, changes]) => {
        const cells = [...people[which % people.length]];
        for (const { column, cell } of changes) cells[column] = cell;
        return cells;
      }),
    ]);
}

function assertSameRouting(policy: Policy, headers: readonly string[], rows: CellValue[][], asOf: number): void {
  const parseRow = createRowParser(mapHeaders(headers, policy), policy);
  const parsed = rows.map((cells) => parseRow(cells));
  // twice through the remembering router: the second pass is served from what the first remembered
  const remembered = routeCohort(createRouter(policy, { asOf }), parsed);
  const again = routeCohort(createRouter(policy, { asOf }), parsed);
  const afresh = routeCohort(createRouter(policy, { asOf, cache: false }), parsed);
  assert.deepEqual(remembered, afresh);
  assert.deepEqual(again, afresh);
  // every pass routed afresh went into the memory: the same reads in the same order never led elsewhere
  assert.equal(memoryStats(policy, asOf)?.refused, 0);
}

describe("remembered decisions (the engine's cache)", () => {
  // the memory is shared by every router of one policy and date, so each case also meets what the others learnt
  for (const [name, policy, headers] of [
    ["foi-86525", foi, [...STANDARD_HEADERS]],
    ["foi-86525 with overrides", foi, [...STANDARD_HEADERS, ...OVERRIDE_HEADERS]],
    ["foi-86525 without an OGRS3 column", foi, STANDARD_HEADERS.filter((h) => h !== "OGRS3")],
    ["hmpps-2017", hmpps, HMPPS_HEADERS],
    ["hmpps-2017 with overrides", hmpps, [...HMPPS_HEADERS, ...OVERRIDE_HEADERS]],
    ["hmpps-2017 without an OSP/IIC column", hmpps, HMPPS_HEADERS.filter((h) => h !== "OSP/IIC")],
  ] as const) {
    it(`gives exactly what routing every row afresh gives, on random cohorts (${name})`, () => {
      fc.assert(
        fc.property(cohortOf(policy, headers), fc.constantFrom(...AS_OF_DAYS), (rows, asOf) =>
          assertSameRouting(policy, headers, rows, asOf),
        ),
        { numRuns: 150 },
      );
    });
  }

  it("records a release date, an age and an IQ only as comparisons, and never reads ID or Site", () => {
    const asOf = AS_OF_DAYS[0];
    const parseRow = createRowParser(mapHeaders([...STANDARD_HEADERS], foi), foi);
    const rows = generateCohort({ rows: 300, seed: 5 }).map((cells) => parseRow(cells));
    const decide = createUncachedRouter(foi, asOf).decide;
    const reading = fieldReading(foi);
    const probes = new ProbeTable(reading);
    const read = new Map<string | null, Set<number>>();
    for (const row of rows.filter((r) => !r.blank && r.problems.length === 0)) {
      const recorder = new PassRecorder(row, probes, reading);
      decide(row, recorder);
      for (const { probe } of recorder.observations) {
        if (!read.has(probe.field)) read.set(probe.field, new Set());
        read.get(probe.field)?.add(probe.kind);
      }
    }
    assert.ok(!read.has("id") && !read.has("site"), [...read.keys()].join(","));
    for (const field of ["release", "age", "iq"]) assert.deepEqual([...(read.get(field) ?? [])], [ProbeKind.Compare]);
    for (const field of ["offence", "rm2000s", "ogrs3", "needs", "completed", "setting"]) assert.ok(read.has(field));
  });

  it("learns far fewer paths than rows, and a second pass over the same rows learns none", () => {
    const asOf = AS_OF_DAYS[1] + 1; // a date no other test uses: a memory of its own
    const parseRow = createRowParser(mapHeaders([...STANDARD_HEADERS], foi), foi);
    const rows = generateCohort({ rows: 5000, seed: 9 }).map((cells) => parseRow(cells));
    routeCohort(createRouter(foi, { asOf }), rows);
    const first = memoryStats(foi, asOf);
    routeCohort(createRouter(foi, { asOf }), rows);
    assert.ok(first && first.learned < rows.length / 3, JSON.stringify(first));
    assert.deepEqual(memoryStats(foi, asOf), first);
  });

  it("serves a second router of the same date from what the first learnt, blank V-2 fields and missing columns too", () => {
    const asOf = AS_OF_DAYS[1] + 2;
    const headers = HMPPS_HEADERS.filter((h) => h !== "OSP/IIC");
    const parseRow = createRowParser(mapHeaders(headers, hmpps), hmpps);
    const rows = fc.sample(cohortOf(hmpps, headers), { numRuns: 20, seed: 3 }).flat();
    const parsed = rows.map((cells) => parseRow(cells));
    routeCohort(createRouter(hmpps, { asOf }), parsed);
    const first = memoryStats(hmpps, asOf);
    routeCohort(createRouter(hmpps, { asOf }), parsed);
    assert.ok(first && first.learned > 0 && first.refused === 0, JSON.stringify(first));
    assert.deepEqual(memoryStats(hmpps, asOf), first);
  });
});
