import assert from "node:assert/strict";
import {
  beginCohort,
  createCohortRowParser,
  createIdCounter,
  createStreamedCohort,
  reasonLines,
  routeCohortRows,
} from "../../src/engine";
import { CellValue, mapHeaders, parseIsoDay } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { STANDARD_HEADERS } from "../support/route-records";

const policy = getBundledPolicy("foi-86525");
const headers = [...STANDARD_HEADERS];
const mapping = mapHeaders(headers, policy);
const options = { policy, asOf: parseIsoDay("2014-01-01") as number, mapping, notes: ["Note: read from a band"] };
const row = (cells: Record<string, CellValue>): CellValue[] => headers.map((header) => cells[header] ?? null);
const CONTACT_HIGH = { Offence: "Contact", "RM2000/s": "High", OGRS3: "80" };
const rows = [
  row({ ...CONTACT_HIGH, ID: "A1" }),
  row({ ...CONTACT_HIGH, ID: "B2" }),
  row({}),
  row({ ...CONTACT_HIGH, ID: "a1 " }),
  row({ ID: "C3", Offence: "Contact", "RM2000/s": "Hgh" }),
  row({ ...CONTACT_HIGH, ID: "D4" }),
  row({ ID: "c3", Offence: "Contact", "RM2000/s": "Low" }),
];

describe("cohort phases: IDs counted, rows routed, annotations applied", () => {
  const whole = routeCohortRows(rows, options).results;

  it("gives one outcome whether the cohort is routed whole, in chunks or streamed", () => {
    const chunked = beginCohort(options);
    chunked.addRows(rows.slice(0, 2));
    chunked.addRows(rows.slice(2, 5));
    chunked.addRows(rows.slice(5));
    const parse = createCohortRowParser(mapping, policy);
    const ids = createIdCounter(policy);
    for (const cells of rows) ids.add(parse(cells));
    const streamed = createStreamedCohort({ ...options, duplicates: ids.duplicates() });
    assert.deepEqual(chunked.finish().results, whole);
    assert.deepEqual(
      rows.map((cells) => streamed(cells)),
      whole,
    );
  });

  it("annotates each duplicated row (V-3) and every routed row (the notes), never a blank one", () => {
    assert.deepEqual(
      whole.map((d) => [d.kind, d.duplicate?.count ?? 0, d.notes?.length ?? 0]),
      [
        ["decided", 2, 1],
        ["decided", 0, 1],
        ["blank", 0, 0],
        ["decided", 2, 1],
        ["invalid", 2, 1],
        ["decided", 0, 1],
        ["incomplete", 2, 1],
      ],
    );
    assert.deepEqual(reasonLines(whole[0], policy).slice(-2), [
      'V-3: ID "A1" appears on 2 rows',
      "Note: read from a band",
    ]);
  });

  it("keeps a decision shared between rows shared when only the notes apply (it is formatted once)", () => {
    assert.equal(whole[1], whole[5]);
    assert.ok(Object.isFrozen(whole[1]));
    assert.notEqual(whole[0], whole[3]);
  });
});
