import type { CalculatorInput } from "./fields";
import { NOT_APPLICABLE_TO_WOMEN } from "./osp-dc";
import { blankProblems, FieldReader } from "./read-fields";
import { CalculatorResult, invalid, notApplicable, RiskBand, shiftBand } from "./result";

/**
 * RM2000/s (spec section 5): step 1 points give a category, step 2 aggravating factors raise it. The point values,
 * age bands, cut-offs and factor rule are marked [not verified] in the spec (see docs/calculators.md).
 */
export const RM2000S_COLUMNS = ["RM2000/s points", "RM2000/s factors", "RM2000/s band", "RM2000/s message"] as const;
const SCORES = 2;

export const UNDER_18 = "Not applicable: under 18 at commencement of risk";
export const NO_SEXUAL_APPEARANCE = "Not applicable: no sexual appearance";

export function calculateRm2000s(input: CalculatorInput): CalculatorResult {
  const read = new FieldReader(input);
  const sex = read.sex();
  const age = read.whole("age_follow_up");
  const sexual = read.whole("sexual_appearances");
  const criminal = read.whole("criminal_appearances");
  const factors = [
    read.yesNo("male_victim"),
    read.yesNo("any_stranger"),
    read.yesNo("single"),
    read.yesNo("noncontact_conviction"),
  ] as const;
  if (read.malformed.length > 0) return invalid(read.malformed, SCORES);
  if (sex === "female") return notApplicable(NOT_APPLICABLE_TO_WOMEN, SCORES);
  if (age === null || sexual === null) {
    const blanks = blankProblems([
      ["age_follow_up", age],
      ["sexual_appearances", sexual],
    ]);
    return invalid(blanks, SCORES);
  }
  if (age < 18) return notApplicable(UNDER_18, SCORES);
  if (sexual === 0) return notApplicable(NO_SEXUAL_APPEARANCE, SCORES);
  const [male, stranger, single, nonContact] = factors;
  if (criminal === null || male === null || stranger === null || single === null || nonContact === null) {
    const blanks = blankProblems([
      ["criminal_appearances", criminal],
      ["male_victim", male],
      ["any_stranger", stranger],
      ["single", single],
      ["noncontact_conviction", nonContact],
    ]);
    return invalid(blanks, SCORES);
  }
  if (criminal < sexual) return invalid(["Criminal appearances must not be less than Sexual appearances"], SCORES);

  const points = agePoints(age) + sexualPoints(sexual) + (criminal >= 5 ? 1 : 0);
  const factorCount = factors.filter((factor) => factor === true).length;
  const band = shiftBand(stepOneCategory(points), factorCount === 4 ? 2 : factorCount >= 2 ? 1 : 0);
  return { band, message: "", scores: [points, factorCount] };
}

function agePoints(age: number): number {
  if (age <= 24) return 2;
  return age <= 34 ? 1 : 0;
}

function sexualPoints(appearances: number): number {
  if (appearances >= 5) return 3;
  if (appearances >= 3) return 2;
  return appearances === 2 ? 1 : 0;
}

/** Step 1 category on the points: 0 Low; 1–2 Medium; 3–4 High; 5–6 Very High. */
export function stepOneCategory(points: number): RiskBand {
  if (points >= 5) return "Very High";
  if (points >= 3) return "High";
  return points >= 1 ? "Medium" : "Low";
}
