import { CONTACT_LOW, RuleCase } from "./rule-case";

/** V-1 (invalid values) and V-2 (blank offence, RM2000/s or OGRS3). V-3 works across rows: see duplicate-ids. */
export const VALIDATION_CASES: RuleCase[] = [
  {
    rule: "V-1",
    says: "an unknown RM2000/s band makes the row Invalid",
    row: { ...CONTACT_LOW, "RM2000/s": "Hgh" },
    expect: "None | Invalid | | | | V-1",
  },
  {
    rule: "V-1",
    says: "validation comes before scope, so a woman aged 9 is Invalid",
    row: { ...CONTACT_LOW, Sex: "F", Age: "9", "Active appeal": "Y" },
    expect: "None | Invalid | | | | V-1",
  },
  {
    rule: "V-2",
    says: "a blank OGRS3 does not matter at RM2000/s High, so the common result stands",
    row: { Offence: "Contact", "RM2000/s": "High", Needs: "SPC" },
    expect: "High Intensity | Recommended | High | HSP_FOLLOW_ON;PILOT_ONLY | Healthy Sex Programme | R-2",
  },
  {
    rule: "V-2",
    says: "a blank offence keeps only the flags common to every run and D-2 as the common deciding rule",
    row: { "RM2000/s": "VH", OGRS3: "80", "Maintains innocence": "Y" },
    expect: "High Intensity | Recommended | High | DENIAL_HI_PILOT;PILOT_ONLY | | D-2",
  },
  {
    rule: "V-2",
    says: "when the runs agree on the outcome but not on the rule, V-2 decides",
    row: { "RM2000/s": "High", OGRS3: "80", Completed: "HI; LI" },
    expect: "None | Not eligible | | | | V-2",
  },
  {
    rule: "V-2",
    says: "a blank OGRS3 at RM2000/s Low could mean not commissioned, so the row is Incomplete",
    row: { Offence: "Contact", "RM2000/s": "Low" },
    expect: "None | Incomplete | | | | V-2",
  },
  {
    rule: "V-2",
    says: "an Incomplete row carries no flags or follow-on, even those every run raised",
    row: { Offence: "Contact", OGRS3: "60", Needs: "SPC", "Active appeal": "Y" },
    expect: "None | Incomplete | | | | V-2",
  },
];
