import { CONTACT_LOW, RuleCase } from "./rule-case";

/** Step 6 of the procedure: the adapted suite (A-1…A-4), the offence rules (R-1…R-5) and D-2. */
export const PROGRAMME_CHOICE_CASES: RuleCase[] = [
  {
    rule: "A-1",
    says: "a man with a learning disability who completed BNM at RM2000/s Medium goes to Living as New Me",
    row: { ...CONTACT_LOW, "RM2000/s": "Medium", "Learning disability": "Y", Completed: "BNM" },
    expect: "Living as New Me | Recommended | Medium | ADAPTED_SUITE | | A-1",
  },
  {
    rule: "A-1",
    says: "BNM completed, named in full, with IQ 65 and an images-only offence at Very High gives Living as New Me",
    row: { Offence: "IIOC", "RM2000/s": "VH", OGRS3: "95", IQ: "65", Completed: "Becoming New Me" },
    expect: "Living as New Me | Recommended | High | ADAPTED_SUITE | | A-1",
  },
  {
    rule: "A-2",
    says: "a man with a learning disability at RM2000/s High goes to Becoming New Me, then Living as New Me",
    row: { Offence: "Contact", "RM2000/s": "High", OGRS3: "80", "Learning disability": "Y" },
    expect: "Becoming New Me | Recommended | High | ADAPTED_SUITE | Living as New Me | A-2",
  },
  {
    rule: "A-2",
    says: "IQ 70 with SPC adds the Healthy Sex Programme after Living as New Me",
    row: { Offence: "Non-contact", "RM2000/s": "Medium", OGRS3: "60", IQ: "70", Needs: "SPC" },
    expect:
      "Becoming New Me | Recommended | Medium | ADAPTED_SUITE;HSP_FOLLOW_ON | Living as New Me;Healthy Sex Programme | A-2",
  },
  {
    rule: "A-3",
    says: "a man with a learning disability, a contact offence and RM2000/s Low goes to New Me Coping",
    row: { ...CONTACT_LOW, "Learning disability": "Y" },
    expect: "New Me Coping | Recommended | Low | ADAPTED_SUITE | | A-3",
  },
  {
    rule: "A-3",
    says: "an attempted contact offence in the community also goes to New Me Coping",
    row: { ...CONTACT_LOW, Offence: "Attempted", "Learning disability": "1", Setting: "Community" },
    expect: "New Me Coping | Recommended | Low | ADAPTED_SUITE | | A-3",
  },
  {
    rule: "A-4",
    says: "a non-contact offence at RM2000/s Low with a learning disability is below the adapted suite's threshold",
    row: { ...CONTACT_LOW, Offence: "Non-contact", "Learning disability": "Y" },
    expect: "None | Not eligible | | ADAPTED_SUITE;BELOW_THRESHOLD | | A-4",
  },
  {
    rule: "A-4",
    says: "IQ 60 counts as intellectual disability, and images only at RM2000/s Low is below threshold",
    row: { ...CONTACT_LOW, Offence: "Images only", IQ: "60" },
    expect: "None | Not eligible | | ADAPTED_SUITE;BELOW_THRESHOLD | | A-4",
  },
  {
    rule: "R-1",
    says: "a contact offence at RM2000/s Low goes to Low Intensity",
    row: { ...CONTACT_LOW, IQ: "80" },
    expect: "Low Intensity | Recommended | Low | | | R-1",
  },
  {
    rule: "R-1",
    says: "R-1's group is not diverted by needs, and SPC adds the Healthy Sex Programme as follow-on",
    row: { ...CONTACT_LOW, Offence: "Sexually motivated", Needs: "SPC; ASB" },
    expect: "Low Intensity | Recommended | Low | HSP_FOLLOW_ON | Healthy Sex Programme | R-1",
  },
  {
    rule: "R-2",
    says: "a contact offence at RM2000/s High goes to High Intensity",
    row: { Offence: "Contact", "RM2000/s": "High", OGRS3: "80" },
    expect: "High Intensity | Recommended | High | PILOT_ONLY | | R-2",
  },
  {
    rule: "R-2",
    says: "an 18-year-old with an attempted contact offence at Medium goes to High Intensity at Medium",
    row: { Age: "18", Offence: "Attempted contact", "RM2000/s": "Med", OGRS3: "40" },
    expect: "High Intensity | Recommended | Medium | PILOT_ONLY | | R-2",
  },
  {
    rule: "R-3",
    says: "a non-contact offence at RM2000/s Low is below threshold",
    row: { ...CONTACT_LOW, Offence: "Non-contact" },
    expect: "None | Not eligible | | BELOW_THRESHOLD | | R-3",
  },
  {
    rule: "R-3",
    says: "online grooming at Medium goes to Low Intensity",
    row: { Offence: "Online grooming", "RM2000/s": "Medium", OGRS3: "10" },
    expect: "Low Intensity | Recommended | Medium | | | R-3",
  },
  {
    rule: "R-3",
    says: "exposure at High goes to Low Intensity",
    row: { Offence: "Exposure", "RM2000/s": "H", OGRS3: "10" },
    expect: "Low Intensity | Recommended | High | | | R-3",
  },
  {
    rule: "R-3",
    says: "grooming at Very High is diverted to High Intensity, and R-5 does not apply to it",
    row: { Offence: "Grooming", "RM2000/s": "Very High", OGRS3: "10", Needs: "SPV" },
    expect:
      "High Intensity | Recommended | High | DIVERT_HI_RISK;HSP_FOLLOW_ON;PILOT_ONLY | Healthy Sex Programme | R-3",
  },
  {
    rule: "R-4",
    says: "images only at High is not eligible",
    row: { Offence: "IIOC only", "RM2000/s": "High", OGRS3: "80" },
    expect: "None | Not eligible | | IIOC_BELOW_VERY_HIGH | | R-4",
  },
  {
    rule: "R-4",
    says: "images only at Very High goes to Low Intensity, not diverted for risk",
    row: { Offence: "Indecent images", "RM2000/s": "V High", OGRS3: "80" },
    expect: "Low Intensity | Recommended | High | | | R-4",
  },
  {
    rule: "R-5",
    says: "a non-contact offence with the need WD is diverted from Low to High Intensity",
    row: { Offence: "Voyeurism", "RM2000/s": "Medium", OGRS3: "80", Needs: "WD" },
    expect: "High Intensity | Recommended | Medium | DIVERT_HI_NEEDS;PILOT_ONLY | | R-5",
  },
  {
    rule: "R-5",
    says: "images only at Very High with needs named in full is diverted to High Intensity",
    row: { Offence: "IIOC", "RM2000/s": "VH", OGRS3: "80", Needs: "Sexual entitlement, adversarial sexual beliefs" },
    expect: "High Intensity | Recommended | High | DIVERT_HI_NEEDS;PILOT_ONLY | | R-5",
  },
  {
    rule: "D-2",
    says: "a willing man maintaining innocence is moved from Low to High Intensity, raising the tier to Medium",
    row: { ...CONTACT_LOW, "Maintains innocence": "Y" },
    expect: "High Intensity | Recommended | Medium | DENIAL_HI_PILOT;DIVERT_HI_DENIAL;PILOT_ONLY | | D-2",
  },
  {
    rule: "D-2",
    says: "maintaining innocence on a non-contact offence at Medium diverts Low Intensity to High Intensity",
    row: { Offence: "Non-contact", "RM2000/s": "Medium", OGRS3: "60", "Maintains innocence": "Y", Willing: "Y" },
    expect: "High Intensity | Recommended | Medium | DENIAL_HI_PILOT;DIVERT_HI_DENIAL;PILOT_ONLY | | D-2",
  },
  {
    rule: "D-2",
    says: "maintaining innocence when R-2 already chose High Intensity raises no DIVERT_HI_DENIAL",
    row: { Offence: "Contact", "RM2000/s": "High", OGRS3: "80", "Maintains innocence": "Y" },
    expect: "High Intensity | Recommended | High | DENIAL_HI_PILOT;PILOT_ONLY | | D-2",
  },
  {
    rule: "D-2",
    says: "maintaining innocence after R-5's diversion raises no DIVERT_HI_DENIAL",
    row: { Offence: "Non-contact", "RM2000/s": "Medium", OGRS3: "60", Needs: "ASB", "Maintains innocence": "Y" },
    expect: "High Intensity | Recommended | Medium | DENIAL_HI_PILOT;DIVERT_HI_NEEDS;PILOT_ONLY | | D-2",
  },
  {
    rule: "D-2",
    says: "maintaining innocence with SPC gives no Healthy Sex Programme follow-on",
    row: { Offence: "Contact", "RM2000/s": "Medium", OGRS3: "60", Needs: "SPC", "Maintains innocence": "Y" },
    expect: "High Intensity | Recommended | Medium | DENIAL_HI_PILOT;PILOT_ONLY | | D-2",
  },
];
