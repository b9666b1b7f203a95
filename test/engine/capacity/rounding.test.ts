import assert from "node:assert/strict";
import { NO_PLACES, pressureOf, ragOf, roundHalfAwayFromZero } from "../../../src/engine/capacity";

describe("rounding half away from zero", () => {
  const cases: [number, number, number][] = [
    // Each is stored just below its printed value (1.005 is 1.00499999999999989…); the printed decimal is a tie.
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [0.285, 2, 0.29],
    [8.345, 2, 8.35],
    [1.45, 1, 1.5],
    // Exact binary ties.
    [1.375, 2, 1.38],
    [-1.375, 2, -1.38],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    // Not ties.
    [1.0049999, 2, 1],
    [0.1 + 0.2, 2, 0.3],
    [52 / 3, 1, 17.3],
    [104 / 3, 1, 34.7],
    [123456.785, 2, 123456.79],
    [1e-7, 2, 0],
    [1e21, 2, 1e21],
  ];
  for (const [value, decimals, expected] of cases) {
    it(`rounds ${value} to ${decimals} decimals as ${expected}`, () => {
      assert.equal(roundHalfAwayFromZero(value, decimals), expected);
    });
  }

  it("never returns negative zero", () => {
    assert.ok(Object.is(roundHalfAwayFromZero(-0.004, 2), 0));
  });

  it("throws a RangeError for a number of decimals that is not a whole number", () => {
    assert.throws(() => roundHalfAwayFromZero(1, 1.5), RangeError);
  });
});

describe("pressure and RAG", () => {
  it("divides demand by places a year to 2 decimals", () => {
    assert.equal(pressureOf(57, 200), 0.29); // 0.285 exactly: a tie, away from zero
    assert.equal(pressureOf(11, 8), 1.38); // 1.375
    assert.equal(pressureOf(2, 3), 0.67); // 0.666…
    assert.equal(pressureOf(0, 8), 0);
  });

  it("shows no places when places a year is 0, whatever the demand", () => {
    assert.equal(pressureOf(5, 0), NO_PLACES);
    assert.equal(pressureOf(0, 0), "no places");
  });

  it("throws a RangeError for negative demand or places", () => {
    assert.throws(() => pressureOf(-1, 8), RangeError);
    assert.throws(() => pressureOf(1, -8), RangeError);
  });

  it("rates up to 0.80 green, up to 1.00 amber, above red, on the rounded pressure", () => {
    assert.equal(ragOf(pressureOf(4, 5), 4), "green"); // 0.80
    assert.equal(ragOf(pressureOf(161, 200), 161), "amber"); // 0.805 → 0.81
    assert.equal(ragOf(pressureOf(8, 8), 8), "amber"); // 1.00
    assert.equal(ragOf(pressureOf(2001, 2000), 2001), "amber"); // 1.0005 → 1.00
    assert.equal(ragOf(pressureOf(101, 100), 101), "red"); // 1.01
  });

  it("rates no places red when anyone is waiting and amber when only deferred people are counted", () => {
    assert.equal(ragOf(NO_PLACES, 1), "red");
    assert.equal(ragOf(NO_PLACES, 0), "amber");
  });
});
