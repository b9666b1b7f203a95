// The risk calculators as custom functions (spec risk-calculators.md section 1.8). Like functions.ts, this file's
// JSDoc is the metadata (webpack.config.js lists it for the metadata plugin), and the ids are a compatibility
// contract: never rename one. Each function only reads its arguments' value types (so a 0 that is really an empty
// cell reads as blank) and delegates to calculator-cells.ts.
import { CalculatorId } from "../calculators";
import { ArgumentError } from "./argument-error";
import { calculatorCells, prepareCalculatorCall } from "./calculator-cells";
import { readCellFacts } from "./excel-cell-facts";

/**
 * OGRS3: % proven to reoffend within 1 and 2 years, from static factors. Spills 1yr %, 2yr %, band, message; one row per input row. Decision support, not the OASys score.
 * @customfunction OGRS3
 * @param sex Male or Female (M, F); blank is male. A cell or a column, e.g. B2:B200.
 * @param ageAtFollowUp Age at start of follow-up (release date in custody, sentence date in the community), 10–110.
 * @param totalSanctions Total sanctions for any offence, the current one included (1–999).
 * @param ageAtFirstSanction Age at first sanction (10–110).
 * @param ageAtCurrentConviction Age at current conviction (10–110).
 * @param offenceCategory OGRS3 offence category of the current offence, e.g. Violence, Burglary (domestic), Other offence.
 * @param invocation Invocation details (argument addresses, used to tell empty cells from 0).
 * @requiresParameterAddresses
 * @returns 1yr %, 2yr %, band (Low, Medium, High, Very High or Invalid), message.
 */
export async function ogrs3(
  sex: unknown[][],
  ageAtFollowUp: unknown[][],
  totalSanctions: unknown[][],
  ageAtFirstSanction: unknown[][],
  ageAtCurrentConviction: unknown[][],
  offenceCategory: unknown[][],
  invocation: CustomFunctions.Invocation,
): Promise<unknown[][]> {
  const args = [sex, ageAtFollowUp, totalSanctions, ageAtFirstSanction, ageAtCurrentConviction, offenceCategory];
  return calculate("ogrs3", args, invocation);
}

/**
 * OSP/DC: sexual reoffending with direct contact, 64-point scale. Spills score, %, band, message. Men with a sexual sanction; leave no count pointing at an empty cell.
 * @customfunction OSPDC
 * @param sex Male or Female; blank is male (women: Not applicable).
 * @param ageAtFollowUp Age at start of follow-up (10–110).
 * @param totalSanctions Total sanctions for any offence, the current one included (1–999).
 * @param contactAdult Contact adult sexual sanctions (0–999).
 * @param contactChild Contact child sexual sanctions (0–999).
 * @param nonContact Non-contact sexual sanctions other than images (0–999).
 * @param imagesIndirect Image and indirect contact sanctions (0–999).
 * @param ageAtLastSexualSanction Age at last sexual sanction (10–110).
 * @param currentStrangerVictim Current offence against a stranger: yes or no (required: a blank is not read as no).
 * @param [setting] Custody or Community; omitted or blank: custody.
 * @param [offenceFreeYears] Whole years offence-free in the community; 5 or more in the community lowers the band one level.
 * @param invocation Invocation details (argument addresses, used to tell empty cells from 0).
 * @requiresParameterAddresses
 * @returns Score (0–64), % (2 decimals), band (Low, Medium, High, Very High, Not applicable or Invalid), message.
 */
export async function ospDc(
  sex: unknown[][],
  ageAtFollowUp: unknown[][],
  totalSanctions: unknown[][],
  contactAdult: unknown[][],
  contactChild: unknown[][],
  nonContact: unknown[][],
  imagesIndirect: unknown[][],
  ageAtLastSexualSanction: unknown[][],
  currentStrangerVictim: unknown[][],
  setting: unknown[][],
  offenceFreeYears: unknown[][],
  invocation: CustomFunctions.Invocation,
): Promise<unknown[][]> {
  const args = [sex, ageAtFollowUp, totalSanctions, contactAdult, contactChild, nonContact, imagesIndirect];
  return calculate(
    "ospDc",
    [...args, ageAtLastSexualSanction, currentStrangerVictim, setting, offenceFreeYears],
    invocation,
  );
}

/**
 * OSP/IIC: reoffending with indecent images of children or indirect contact, from four sanction counts. Spills %, band, message. Leave no count pointing at an empty cell.
 * @customfunction OSPIIC
 * @param sex Male or Female; blank is male (women: Not applicable).
 * @param contactAdult Contact adult sexual sanctions (0–999).
 * @param contactChild Contact child sexual sanctions (0–999).
 * @param nonContact Non-contact sexual sanctions other than images (0–999).
 * @param imagesIndirect Image and indirect contact sanctions (0–999).
 * @param invocation Invocation details (argument addresses, used to tell empty cells from 0).
 * @requiresParameterAddresses
 * @returns % (2 decimals), band (Low, Medium, High, Not applicable or Invalid), message.
 */
export async function ospIic(
  sex: unknown[][],
  contactAdult: unknown[][],
  contactChild: unknown[][],
  nonContact: unknown[][],
  imagesIndirect: unknown[][],
  invocation: CustomFunctions.Invocation,
): Promise<unknown[][]> {
  return calculate("ospIic", [sex, contactAdult, contactChild, nonContact, imagesIndirect], invocation);
}

/**
 * Risk Matrix 2000/s: sexual reconviction risk category, men 18 or over. Spills points, factors, band, message. Point values not verified against the scoring guide (see docs/calculators.md).
 * @customfunction RM2000S
 * @param sex Male or Female; blank is male (women: Not applicable).
 * @param ageAtCommencementOfRisk Age at commencement of risk (10–110; under 18: Not applicable).
 * @param sexualAppearances Court sentencing occasions for a sexual offence, the current one included (0–999).
 * @param criminalAppearances Court sentencing occasions for any offence, the current one included (0–999).
 * @param maleVictim Any sexual offence against a male: yes or no.
 * @param strangerVictim Any sexual offence against a stranger: yes or no.
 * @param single Never lived with an adult partner for 2 years or more: yes or no.
 * @param nonContactConviction Any conviction for a non-contact sexual offence: yes or no.
 * @param invocation Invocation details (argument addresses, used to tell empty cells from 0).
 * @requiresParameterAddresses
 * @returns Points (0–6), factors (0–4), band (Low, Medium, High, Very High, Not applicable or Invalid), message.
 */
export async function rm2000s(
  sex: unknown[][],
  ageAtCommencementOfRisk: unknown[][],
  sexualAppearances: unknown[][],
  criminalAppearances: unknown[][],
  maleVictim: unknown[][],
  strangerVictim: unknown[][],
  single: unknown[][],
  nonContactConviction: unknown[][],
  invocation: CustomFunctions.Invocation,
): Promise<unknown[][]> {
  const args = [sex, ageAtCommencementOfRisk, sexualAppearances, criminalAppearances];
  return calculate("rm2000s", [...args, maleVictim, strangerVictim, single, nonContactConviction], invocation);
}

/** Reads the value types of arguments holding a 0 (one Excel read each, only when needed), then calculates. */
async function calculate(
  id: CalculatorId,
  args: unknown[],
  invocation: CustomFunctions.Invocation,
): Promise<unknown[][]> {
  try {
    const call = prepareCalculatorCall(id, args);
    const addresses = invocation.parameterAddresses ?? [];
    const facts = await Promise.all(call.askColumns.map((index) => readCellFacts(addresses[index], [0])));
    const empty = new Map(call.askColumns.map((index, i) => [index, facts[i].get(0)?.empty ?? []]));
    return calculatorCells(call, (argument, row) => empty.get(argument)?.[row] === true);
  } catch (error) {
    if (error instanceof ArgumentError) {
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
    }
    throw error;
  }
}
