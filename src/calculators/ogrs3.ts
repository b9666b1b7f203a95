import { blankProblems, FieldReader, Sex } from "./read-fields";
import type { CalculatorInput } from "./fields";
import { CalculatorResult, invalid, logistic, RiskBand, roundHalfAway } from "./result";

/** OGRS3 (spec section 2): the 1- and 2-year proven reoffending %, and the band on the whole 2-year %. */
export const OGRS3_COLUMNS = ["OGRS3 1yr %", "OGRS3 2yr %", "OGRS3 band", "OGRS3 message"] as const;
const SCORES = 2;

/** Lower bound of each age band and its male and female term (spec 2.4). */
const AGE_SEX_TERMS: readonly [number, number, number][] = [
  [50, -2.025261458, -2.44983716],
  [40, -1.499690953, -1.524652221],
  [35, -1.368045933, -1.42187494],
  [30, -1.325976554, -1.129127959],
  [25, -1.166679288, -1.052777806],
  [21, -1.051515067, -1.028488454],
  [18, -0.625103618, -0.897480934],
  [16, -0.061594199, -0.959179629],
  [14, 0.075775765, -0.669521331],
  [12, 0.083922902, -0.613852078],
  [10, 0, -0.785038489],
];
const FIRST_SANCTION = 0.126142106;
const REPEAT_SANCTION = 0.463062792;
const COPAS = 1.251124464;
const ONE_YEAR = 1.402562384;
const TWO_YEARS = 2.121705678;
const MAX_PREVIOUS = 50;

export function calculateOgrs3(input: CalculatorInput): CalculatorResult {
  const read = new FieldReader(input);
  const sex = read.sex();
  const age = read.whole("age_follow_up");
  const total = read.whole("total_sanctions");
  const first = read.whole("age_first_sanction");
  const current = read.whole("age_current_conviction");
  const offence = read.offence();
  if (read.malformed.length > 0) return invalid(read.malformed, SCORES);
  if (age === null || total === null || first === null || current === null || offence === null) {
    const blanks = blankProblems([
      ["age_follow_up", age],
      ["total_sanctions", total],
      ["age_first_sanction", first],
      ["age_current_conviction", current],
      ["ogrs3_offence", offence],
    ]);
    return invalid(blanks, SCORES);
  }
  const broken: string[] = [];
  if (first > current) broken.push("Age at first sanction must not be greater than Age at current conviction");
  if (current > age) broken.push("Age at current conviction must not be greater than Age at start of follow-up");
  if (total === 1 && first !== current)
    broken.push("Age at first sanction must equal Age at current conviction when Total sanctions is 1");
  if (broken.length > 0) return invalid(broken, SCORES);

  const score = ogrs3Score(sex, age, total, first, current, offence.coefficient);
  const oneYear = wholePercent(logistic(ONE_YEAR + score));
  const twoYears = wholePercent(logistic(TWO_YEARS + score));
  return { band: ogrs3Band(twoYears), message: "", scores: [oneYear, twoYears] };
}

/** S = a + s + k + o, added in that order (spec 2.4 steps 1–7). */
function ogrs3Score(sex: Sex, age: number, total: number, first: number, current: number, offence: number): number {
  const [, male, female] = AGE_SEX_TERMS.find(([from]) => age >= from) ?? AGE_SEX_TERMS[AGE_SEX_TERMS.length - 1];
  const ageSex = sex === "female" ? female : male;
  const status = total === 1 ? FIRST_SANCTION : REPEAT_SANCTION;
  const previous = Math.min(total - 1, MAX_PREVIOUS);
  const copas = COPAS * Math.log((1 + previous) / (10 + current - first));
  return ageSex + status + copas + offence;
}

/** p × 100 to a whole number, then kept within 1–99. */
function wholePercent(p: number): number {
  return Math.min(99, Math.max(1, roundHalfAway(p * 100, 0)));
}

/** The band on the whole-number 2-year %: cut at 50, 75 and 90, as routing bands an OGRS3 score. */
export function ogrs3Band(twoYearPercent: number): RiskBand {
  if (twoYearPercent >= 90) return "Very High";
  if (twoYearPercent >= 75) return "High";
  if (twoYearPercent >= 50) return "Medium";
  return "Low";
}
