import assert from "node:assert/strict";
import fc from "fast-check";
import {
  CALCULATOR_FIELD_NAMES,
  CALCULATORS,
  calculateOgrs3,
  calculateOspDc,
  calculateRm2000s,
  CalculatorInput,
  ogrs3Band,
  ospDcBand,
  resultCells,
  runCalculator,
  stepOneCategory,
} from "../../src/calculators";

const BANDS = new Set(["Low", "Medium", "High", "Very High", "Not applicable", "Invalid", ""]);
const RUNS = { numRuns: 400 };

/** Strings that reach every step: valid values, edge values, junk and any string. */
const cellText = fc.oneof(
  fc.constantFrom("", " ", "\u00a0", "0", "1", "2", "3", "5", "17", "18", "30", "60", "110", "111", "-1", "18.0"),
  fc.constantFrom("18.5", "+5", "1e2", "Yes", "no", "TRUE", "M", "F", "Female", "Community", "Custody", "#N/A"),
  fc.constantFrom("Violence", "Other offence", "Sexual (against child)", "Welfare fraud", "NaN", "Infinity"),
  fc.string(),
);
const anyRow = fc.tuple(...CALCULATOR_FIELD_NAMES.map(() => cellText)).map((cells) => {
  const input: Record<string, string> = {};
  CALCULATOR_FIELD_NAMES.forEach((name, index) => (input[name] = cells[index]));
  return input as CalculatorInput;
});

const validOgrs3 = fc
  .record({
    sex: fc.constantFrom("M", "F", ""),
    age: fc.integer({ min: 10, max: 110 }),
    offence: fc.constantFrom("Violence", "Robbery", "Other offence", "Drink driving", "Sexual (against child)"),
    total: fc.integer({ min: 2, max: 999 }),
  })
  .chain((r) =>
    fc.integer({ min: 10, max: r.age }).chain((current) =>
      fc.integer({ min: 10, max: current }).map((first) => ({
        sex: r.sex,
        age_follow_up: r.age,
        total_sanctions: r.total,
        age_first_sanction: first,
        age_current_conviction: current,
        ogrs3_offence: r.offence,
      })),
    ),
  );

const count = fc.integer({ min: 0, max: 5 });
const validOspDc = fc
  .record({
    age: fc.integer({ min: 18, max: 90 }),
    adult: count,
    child: count,
    nonContact: count,
    images: count,
    extra: fc.integer({ min: 0, max: 30 }),
    stranger: fc.boolean(),
  })
  .filter((r) => r.adult + r.child + r.nonContact + r.images > 0)
  .map((r) => ({
    age_follow_up: r.age,
    total_sanctions: r.adult + r.child + r.nonContact + r.images + r.extra,
    contact_adult: r.adult,
    contact_child: r.child,
    non_contact: r.nonContact,
    iioc: r.images,
    age_last_sexual: r.age,
    current_stranger: r.stranger,
  }));

describe("calculator properties", () => {
  it("never throws on any row of strings, and always gives a known band and the right number of cells", () => {
    fc.assert(
      fc.property(anyRow, (input) => {
        for (const calculator of CALCULATORS) {
          const result = runCalculator(calculator, input);
          assert.ok(BANDS.has(result.band), result.band);
          assert.equal(resultCells(result).length, calculator.columns.length);
          const scored = result.scores.every((score) => score !== null);
          assert.equal(scored, ["Low", "Medium", "High", "Very High"].includes(result.band));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on cells of any type (numbers, booleans, dates, NaN, objects) either", () => {
    const anyCell = fc.oneof(fc.anything(), fc.double(), fc.date(), fc.constant(Object.create(null)));
    const row = fc
      .tuple(...CALCULATOR_FIELD_NAMES.map(() => anyCell))
      .map((cells) => Object.fromEntries(CALCULATOR_FIELD_NAMES.map((name, index) => [name, cells[index]])));
    fc.assert(
      fc.property(row, (input) => {
        for (const calculator of CALCULATORS) assert.ok(BANDS.has(runCalculator(calculator, input).band));
      }),
      { numRuns: 1000 },
    );
  });

  it("never gives an OGRS3 2-year % below its 1-year %, and bands the 2-year % by 50, 75 and 90", () => {
    fc.assert(
      fc.property(validOgrs3, (input) => {
        const result = calculateOgrs3(input);
        const [oneYear, twoYears] = result.scores as number[];
        assert.ok(twoYears >= oneYear, `${oneYear} / ${twoYears}`);
        assert.ok(oneYear >= 1 && twoYears <= 99);
        assert.equal(result.band, ogrs3Band(twoYears));
        const expected = twoYears >= 90 ? "Very High" : twoYears >= 75 ? "High" : twoYears >= 50 ? "Medium" : "Low";
        assert.equal(result.band, expected);
      }),
      RUNS,
    );
  });

  it("never lowers the OSP/DC score when a man has more sanctions of any kind", () => {
    const field = fc.constantFrom("total_sanctions", "contact_adult", "contact_child", "non_contact", "iioc");
    fc.assert(
      fc.property(validOspDc, field, fc.integer({ min: 1, max: 5 }), (input, name, more) => {
        const before = calculateOspDc(input);
        const after: Record<string, unknown> = { ...input, [name]: (input[name] as number) + more };
        if (name !== "total_sanctions") after.total_sanctions = (input.total_sanctions as number) + more;
        const result = calculateOspDc(after);
        assert.equal(result.band === "Invalid", false, result.message);
        assert.ok((result.scores[0] as number) >= (before.scores[0] as number));
        assert.ok((result.scores[1] as number) >= (before.scores[1] as number));
      }),
      RUNS,
    );
  });

  it("bands the OSP/DC score by its cut-offs (in custody: no community step)", () => {
    fc.assert(
      fc.property(validOspDc, (input) => {
        const result = calculateOspDc(input);
        const score = result.scores[0] as number;
        assert.ok(score >= 0 && score <= 64);
        const expected = score >= 36 ? "Very High" : score >= 30 ? "High" : score >= 22 ? "Medium" : "Low";
        assert.equal(result.band, expected);
        assert.equal(ospDcBand(score), expected);
      }),
      RUNS,
    );
  });

  it("bands RM2000/s points by 0 / 1–2 / 3–4 / 5–6, raised by 2–3 factors one and by 4 two, capped", () => {
    const expected = ["Low", "Medium", "Medium", "High", "High", "Very High", "Very High"];
    expected.forEach((band, points) => assert.equal(stepOneCategory(points), band, `${points} points`));
    const order = ["Low", "Medium", "High", "Very High"];
    const yesNo = fc.constantFrom("Y", "N");
    const row = fc.record({
      age_follow_up: fc.integer({ min: 18, max: 90 }),
      sexual_appearances: fc.integer({ min: 1, max: 8 }),
      extra: fc.integer({ min: 0, max: 8 }),
      male_victim: yesNo,
      any_stranger: yesNo,
      single: yesNo,
      noncontact_conviction: yesNo,
    });
    fc.assert(
      fc.property(row, ({ extra, ...input }) => {
        const result = calculateRm2000s({ ...input, criminal_appearances: input.sexual_appearances + extra });
        const [points, factors] = result.scores as number[];
        const raise = factors === 4 ? 2 : factors >= 2 ? 1 : 0;
        const band = order[Math.min(3, order.indexOf(stepOneCategory(points)) + raise)];
        assert.equal(result.band, band);
      }),
      RUNS,
    );
  });
});
