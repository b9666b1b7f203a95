import type { CalculatorInput } from "./fields";
import { blankProblems, blankSanctionCounts, FieldReader } from "./read-fields";
import { CalculatorResult, invalid, logistic, notApplicable, RiskBand, roundHalfAway, shiftBand } from "./result";

/** OSP/DC (spec section 3): a 64-point score, its probability and a band, with the community step. */
export const OSP_DC_COLUMNS = ["OSP/DC score", "OSP/DC %", "OSP/DC band", "OSP/DC message"] as const;
const SCORES = 2;

export const NOT_APPLICABLE_TO_WOMEN = "Not applicable to women";
export const NO_SEXUAL_SANCTION = "Not applicable: no sexual sanction";
export const COMMUNITY_STEP_MESSAGE = "Band lowered one level: 5 or more offence-free years in the community";

const INTERCEPT = -8.633;
const SLOPE = 0.1598;
const OFFENCE_FREE_YEARS_FOR_STEP = 5;

export function calculateOspDc(input: CalculatorInput): CalculatorResult {
  const read = new FieldReader(input);
  const sex = read.sex();
  const age = read.whole("age_follow_up");
  const total = read.whole("total_sanctions");
  const adult = read.whole("contact_adult");
  const child = read.whole("contact_child");
  const nonContact = read.whole("non_contact");
  const images = read.whole("iioc");
  const lastSexual = read.whole("age_last_sexual");
  const stranger = read.yesNo("current_stranger");
  const setting = read.setting();
  const offenceFree = read.whole("offence_free_years");
  if (read.malformed.length > 0) return invalid(read.malformed, SCORES);
  if (sex === "female") return notApplicable(NOT_APPLICABLE_TO_WOMEN, SCORES);
  if (adult === null || child === null || nonContact === null || images === null) {
    return invalid(blankSanctionCounts(adult, child, nonContact, images), SCORES);
  }
  const sexualSanctions = adult + child + nonContact + images;
  if (sexualSanctions === 0) return notApplicable(NO_SEXUAL_SANCTION, SCORES);
  if (age === null || total === null || lastSexual === null || stranger === null) {
    const blanks = blankProblems([
      ["age_follow_up", age],
      ["total_sanctions", total],
      ["age_last_sexual", lastSexual],
      ["current_stranger", stranger],
    ]);
    return invalid(blanks, SCORES);
  }
  const broken: string[] = [];
  if (sexualSanctions > total)
    broken.push("Sexual sanctions (the four counts added up) must not be greater than Total sanctions");
  if (lastSexual > age) broken.push("Age at last sexual sanction must not be greater than Age at start of follow-up");
  if (broken.length > 0) return invalid(broken, SCORES);

  const score =
    countWeight(adult, 5) +
    countWeight(child, 3) +
    countWeight(nonContact, 2) +
    ageWeight(age) +
    lastSexualWeight(lastSexual) +
    (total >= 2 ? 6 : 0) +
    (stranger ? 4 : 0);
  const percent = score === 0 ? 0 : roundHalfAway(logistic(INTERCEPT + SLOPE * score) * 100, 2);
  const band = ospDcBand(score);
  const stepDown =
    setting === "community" && offenceFree !== null && offenceFree >= OFFENCE_FREE_YEARS_FOR_STEP && band !== "Low";
  if (!stepDown) return { band, message: "", scores: [score, percent] };
  return { band: shiftBand(band, -1), message: COMMUNITY_STEP_MESSAGE, scores: [score, percent] };
}

/** 0, 1, 2, 3 or more sanctions → 0, 1, 2, 3 times the step. */
function countWeight(count: number, step: number): number {
  return Math.min(count, 3) * step;
}

/** 14 up to 20; 14 − ⌊(A − 18) / 3⌋ for 21–59; 0 from 60. */
function ageWeight(age: number): number {
  if (age <= 20) return 14;
  if (age >= 60) return 0;
  return 14 - Math.floor((age - 18) / 3);
}

function lastSexualWeight(age: number): number {
  if (age <= 15) return 0;
  return age <= 17 ? 5 : 10;
}

/** The band on the score: 0–21 Low; 22–29 Medium; 30–35 High; 36–64 Very High. */
export function ospDcBand(score: number): RiskBand {
  if (score >= 36) return "Very High";
  if (score >= 30) return "High";
  if (score >= 22) return "Medium";
  return "Low";
}
