import assert from "node:assert/strict";
import { CellValue, formatDay } from "../../src/parsing";
import { parseCell } from "./parse-cell";

function dayOf(cell: CellValue): string {
  const { value, problems } = parseCell("Release date", cell);
  assert.deepEqual(problems, [], JSON.stringify(cell));
  assert.equal(typeof value, "number", JSON.stringify(cell));
  return formatDay(value as number);
}

function assertInvalidDate(cell: CellValue): void {
  const { problems } = parseCell("Release date", cell);
  assert.equal(problems.length, 1, `${JSON.stringify(cell)} is not a date`);
}

describe("reading release dates", () => {
  it("reads an Excel serial number as days after 1899-12-30, ignoring the fraction", () => {
    assert.equal(dayOf(41729), "2014-03-31");
    assert.equal(dayOf(41729.99), "2014-03-31");
    assert.equal(dayOf(1), "1899-12-31");
  });

  it("reads any plain number in a CSV as a serial", () => {
    assert.equal(dayOf("41729"), "2014-03-31");
    assert.equal(dayOf("41729.5"), "2014-03-31");
  });

  it("reads ISO dates, ignoring anything after a T or a space without time-zone conversion", () => {
    assert.equal(dayOf("2014-03-31"), "2014-03-31");
    assert.equal(dayOf("2014-03-31T23:30:00Z"), "2014-03-31");
    assert.equal(dayOf("2014-03-31T00:30:00+05:00"), "2014-03-31");
    assert.equal(dayOf("2014-03-31 10:00"), "2014-03-31");
  });

  it("reads UK dates with one- or two-digit day and month", () => {
    assert.equal(dayOf("31/03/2014"), "2014-03-31");
    assert.equal(dayOf("1/4/2014"), "2014-04-01");
    assert.equal(dayOf("29/02/2016"), "2016-02-29");
  });

  it("reads UK dates with dots, and with the month's name or its first three letters (spec revision 1.0.1)", () => {
    assert.equal(dayOf("31.03.2015"), "2015-03-31");
    assert.equal(dayOf("1.4.2015"), "2015-04-01");
    assert.equal(dayOf("31-Mar-2015"), "2015-03-31");
    assert.equal(dayOf("31 Mar 2015"), "2015-03-31");
    assert.equal(dayOf("31 March 2015"), "2015-03-31");
    assert.equal(dayOf("1-SEPTEMBER-2015"), "2015-09-01");
    assert.equal(dayOf(" 9 sep 2015 "), "2015-09-09");
  });

  it("rejects month names with two-digit years, mixed separators, other abbreviations and impossible days", () => {
    for (const cell of ["31-Mar-15", "31 Mar-2015", "31/03.2015", "31  Mar 2015", "30 Sept 2015", "31 Apr 2015"])
      assertInvalidDate(cell);
  });

  it("reads a Date object as its calendar day", () => {
    assert.equal(dayOf(new Date(Date.UTC(2014, 2, 31))), "2014-03-31");
  });

  it("rejects impossible dates", () => {
    for (const cell of ["31/02/2014", "29/02/2014", "2014-02-30", "2014-13-01", "00/01/2014"]) assertInvalidDate(cell);
  });

  it("rejects two-digit years and other layouts", () => {
    for (const cell of ["31/03/14", "2014-3-31", "31-03-2014", "31/03/2014 10:00", "31.03.14", "March 2014", "N/A"]) {
      assertInvalidDate(cell);
    }
  });

  it("reads a blank release date as no date", () => {
    assert.equal(parseCell("Release date", " ").value, null);
  });
});
