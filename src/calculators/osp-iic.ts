import type { CalculatorInput } from "./fields";
import { NO_SEXUAL_SANCTION, NOT_APPLICABLE_TO_WOMEN } from "./osp-dc";
import { blankSanctionCounts, FieldReader } from "./read-fields";
import { CalculatorResult, invalid, notApplicable, RiskBand, roundHalfAway } from "./result";

/** OSP/IIC (spec section 4): a band and a probability from the four sexual sanction counts, by a hierarchy. */
export const OSP_IIC_COLUMNS = ["OSP/IIC %", "OSP/IIC band", "OSP/IIC message"] as const;
const SCORES = 1;

/** The source's probabilities, shown × 100 to 2 decimals. */
const TWO_OR_MORE_IMAGES = 0.1031;
const ONE_IMAGE = 0.03328;
const TWO_OR_MORE_CHILD = 0.00926;
const ONE_CHILD = 0.00634;
const ANY_OTHER = 0.00281;

export function calculateOspIic(input: CalculatorInput): CalculatorResult {
  const read = new FieldReader(input);
  const sex = read.sex();
  const adult = read.whole("contact_adult");
  const child = read.whole("contact_child");
  const nonContact = read.whole("non_contact");
  const images = read.whole("iioc");
  if (read.malformed.length > 0) return invalid(read.malformed, SCORES);
  if (sex === "female") return notApplicable(NOT_APPLICABLE_TO_WOMEN, SCORES);
  if (adult === null || child === null || nonContact === null || images === null) {
    return invalid(blankSanctionCounts(adult, child, nonContact, images), SCORES);
  }
  if (adult + child + nonContact + images === 0) return notApplicable(NO_SEXUAL_SANCTION, SCORES);
  const [band, probability] = hierarchy(images, child);
  return { band, message: "", scores: [roundHalfAway(probability * 100, 2)] };
}

/** The first line of spec 4.4 that applies. */
function hierarchy(images: number, child: number): [RiskBand, number] {
  if (images >= 2) return ["High", TWO_OR_MORE_IMAGES];
  if (images === 1) return ["Medium", ONE_IMAGE];
  if (child >= 2) return ["Low", TWO_OR_MORE_CHILD];
  if (child === 1) return ["Low", ONE_CHILD];
  return ["Low", ANY_OTHER];
}
