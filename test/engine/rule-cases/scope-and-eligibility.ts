import { CONTACT_LOW, RuleCase } from "./rule-case";

/** Steps 3–5 of the procedure, and D-3 (the adapted suite's denial rule). */
export const SCOPE_AND_ELIGIBILITY_CASES: RuleCase[] = [
  {
    rule: "S-1",
    says: "a woman is out of scope",
    row: { Sex: "F", Offence: "Contact", "RM2000/s": "High", OGRS3: "80" },
    expect: "None | Out of scope | | | | S-1",
  },
  {
    rule: "S-1",
    says: "a woman is out of scope even when her offence and risk bands are blank",
    row: { Sex: "Female" },
    expect: "None | Out of scope | | | | S-1",
  },
  {
    rule: "S-2",
    says: "a 17-year-old is out of scope",
    row: { Age: "17", Offence: "Contact", "RM2000/s": "High", OGRS3: "80" },
    expect: "None | Out of scope | | | | S-2",
  },
  {
    rule: "S-2",
    says: "age is checked before IQ, so a 10-year-old with IQ 50 is not referred for individual treatment",
    row: { ...CONTACT_LOW, Age: 10, IQ: 50 },
    expect: "None | Out of scope | | | | S-2",
  },
  {
    rule: "S-3",
    says: "IQ 59 is out of scope with a referral for individual treatment",
    row: { Offence: "Contact", "RM2000/s": "Medium", OGRS3: "60", IQ: "59" },
    expect: "None | Out of scope | | REFER_INDIVIDUAL | | S-3",
  },
  {
    rule: "S-3",
    says: "scope is checked before maintaining innocence",
    row: { ...CONTACT_LOW, IQ: "20", "Learning disability": "Y", "Maintains innocence": "Y", Willing: "N" },
    expect: "None | Out of scope | | REFER_INDIVIDUAL | | S-3",
  },
  {
    rule: "C-1",
    says: "RM2000/s Low and an OGRS3 score of 49.99 is not commissioned",
    row: { Offence: "Contact", "RM2000/s": "Low", OGRS3: "49.99" },
    expect: "None | Not commissioned | | LOW_RISK_NOT_COMMISSIONED | | C-1",
  },
  {
    rule: "C-1",
    says: "commissioning is decided before maintaining innocence",
    row: { Offence: "Non-contact", "RM2000/s": "L", OGRS3: "Low", "Maintains innocence": "Yes", Willing: "No" },
    expect: "None | Not commissioned | | LOW_RISK_NOT_COMMISSIONED | | C-1",
  },
  {
    rule: "C-1",
    says: "an OGRS3 score of 50 is band Medium, so RM2000/s Low is commissioned",
    row: { Offence: "Contact", "RM2000/s": "Low", OGRS3: "50" },
    expect: "Low Intensity | Recommended | Low | | | R-1",
    fires: false,
  },
  {
    rule: "D-1",
    says: "a man maintaining innocence who is not willing to engage is not eligible",
    row: { Offence: "Contact", "RM2000/s": "High", OGRS3: "80", "Maintains innocence": "Y", Willing: "N" },
    expect: "None | Not eligible | | DENIAL_NOT_WILLING | | D-1",
  },
  {
    rule: "D-1",
    says: "D-1 comes before the adapted suite's denial rule",
    row: { ...CONTACT_LOW, "Learning disability": "yes", "Maintains innocence": "TRUE", Willing: "FALSE" },
    expect: "None | Not eligible | | DENIAL_NOT_WILLING | | D-1",
  },
  {
    rule: "D-1",
    says: "not willing without maintaining innocence has no effect",
    row: { Offence: "Contact", "RM2000/s": "High", OGRS3: "80", Willing: "N" },
    expect: "High Intensity | Recommended | High | PILOT_ONLY | | R-2",
    fires: false,
  },
  {
    rule: "D-3",
    says: "a man with a learning disability maintaining innocence is not eligible for the adapted suite",
    row: {
      Offence: "Contact",
      "RM2000/s": "Medium",
      OGRS3: "60",
      "Learning disability": "Y",
      "Maintains innocence": "Y",
    },
    expect: "None | Not eligible | | DENIAL_ADAPTED | | D-3",
  },
  {
    rule: "D-3",
    says: "IQ 79 counts as intellectual disability, so D-3 applies",
    row: { Offence: "Non-contact", "RM2000/s": "Low", OGRS3: "60", IQ: "79", "Maintains innocence": "Y" },
    expect: "None | Not eligible | | DENIAL_ADAPTED | | D-3",
  },
];
