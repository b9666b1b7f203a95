/**
 * The calculators' input fields (spec risk-calculators.md section 1.2): one table for all four calculators. The
 * first header of each field is its label; messages name fields by it.
 */
export type FieldKind = "text" | "sex" | "whole" | "yesNo" | "setting" | "offence";

export interface CalculatorField {
  readonly name: CalculatorFieldName;
  readonly kind: FieldKind;
  readonly headers: readonly string[];
  /** Whole numbers only: the accepted range. */
  readonly min?: number;
  readonly max?: number;
}

export const CALCULATOR_FIELD_NAMES = [
  "id",
  "sex",
  "age_follow_up",
  "total_sanctions",
  "age_first_sanction",
  "age_current_conviction",
  "ogrs3_offence",
  "contact_adult",
  "contact_child",
  "non_contact",
  "iioc",
  "age_last_sexual",
  "current_stranger",
  "setting",
  "offence_free_years",
  "sexual_appearances",
  "criminal_appearances",
  "male_victim",
  "any_stranger",
  "single",
  "noncontact_conviction",
] as const;

export type CalculatorFieldName = (typeof CALCULATOR_FIELD_NAMES)[number];

const AGE = { kind: "whole", min: 10, max: 110 } as const;
const COUNT = { kind: "whole", min: 0, max: 999 } as const;
const YES_NO = { kind: "yesNo" } as const;

const DEFINITIONS: Record<CalculatorFieldName, Omit<CalculatorField, "name">> = {
  id: { kind: "text", headers: ["ID", "Prison number", "NOMS number", "CRN", "Ref"] },
  sex: { kind: "sex", headers: ["Sex", "Gender"] },
  age_follow_up: {
    ...AGE,
    headers: ["Age at start of follow-up", "Age at follow-up", "Age at release", "Age at commencement of risk"],
  },
  total_sanctions: {
    kind: "whole",
    min: 1,
    max: 999,
    headers: ["Total sanctions", "Total sanctions including current", "Number of sanctions"],
  },
  age_first_sanction: { ...AGE, headers: ["Age at first sanction", "Age first sanction", "First sanction age"] },
  age_current_conviction: {
    ...AGE,
    headers: ["Age at current conviction", "Age at conviction", "Age current conviction"],
  },
  ogrs3_offence: { kind: "offence", headers: ["OGRS3 offence category", "OGRS3 offence", "OGRS3 category"] },
  contact_adult: {
    ...COUNT,
    headers: ["Contact adult sexual sanctions", "Contact adult sanctions", "Sexual sanctions contact adult"],
  },
  contact_child: {
    ...COUNT,
    headers: ["Contact child sexual sanctions", "Contact child sanctions", "Sexual sanctions contact child"],
  },
  non_contact: {
    ...COUNT,
    headers: ["Non-contact sexual sanctions", "Non-contact sanctions", "Paraphilia sanctions"],
  },
  iioc: {
    ...COUNT,
    headers: ["Image and indirect contact sanctions", "IIOC sanctions", "Indecent image sanctions"],
  },
  age_last_sexual: {
    ...AGE,
    headers: ["Age at last sexual sanction", "Age last sexual sanction", "Age at most recent sexual sanction"],
  },
  current_stranger: {
    ...YES_NO,
    headers: ["Current offence stranger victim", "Stranger victim current offence", "Current stranger victim"],
  },
  setting: { kind: "setting", headers: ["Setting", "Custody/Community"] },
  offence_free_years: {
    kind: "whole",
    min: 0,
    max: 110,
    headers: ["Offence-free years in community", "Years offence-free", "Offence free years"],
  },
  sexual_appearances: {
    ...COUNT,
    headers: ["Sexual appearances", "RM2000 sexual appearances", "Sexual court appearances"],
  },
  criminal_appearances: {
    ...COUNT,
    headers: ["Criminal appearances", "RM2000 criminal appearances", "Criminal court appearances"],
  },
  male_victim: { ...YES_NO, headers: ["Male victim", "Any male victim", "RM2000 male victim"] },
  any_stranger: { ...YES_NO, headers: ["Stranger victim", "Any stranger victim", "RM2000 stranger victim"] },
  single: { ...YES_NO, headers: ["Single", "Never lived with partner 2 years", "RM2000 single"] },
  noncontact_conviction: {
    ...YES_NO,
    headers: ["Non-contact sexual conviction", "Any non-contact conviction", "RM2000 non-contact"],
  },
};

export const CALCULATOR_FIELDS: readonly CalculatorField[] = CALCULATOR_FIELD_NAMES.map((name) => ({
  name,
  ...DEFINITIONS[name],
}));

const BY_NAME = new Map(CALCULATOR_FIELDS.map((field) => [field.name, field]));

export function calculatorField(name: CalculatorFieldName): CalculatorField {
  return BY_NAME.get(name) as CalculatorField;
}

/** The field's label: the first of its accepted headers. */
export function fieldLabel(name: CalculatorFieldName): string {
  return calculatorField(name).headers[0];
}

/** The raw cells of one row by field; a field with no column is blank. */
export type CalculatorInput = Readonly<Partial<Record<CalculatorFieldName, unknown>>>;
