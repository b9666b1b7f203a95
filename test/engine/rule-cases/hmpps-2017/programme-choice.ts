import type { RuleCase } from "../rule-case";
import { HIGH, MEDIUM } from "./base-rows";

/** Step 6 of hmpps-2017: the LDC programmes (L-1, L-2), Kaizen, iHorizon and Horizon (K-1, H-1, H-2), and M-1. */
export const HMPPS_PROGRAMME_CHOICE_CASES: RuleCase[] = [
  {
    rule: "L-1",
    says: "LDC in custody at OSP High: Becoming New Me Plus, then Living as New Me",
    row: { ...HIGH, LDC: "Y" },
    expect: "Becoming New Me Plus | Recommended | High | LDC_SUITE | Living as New Me | L-1",
  },
  {
    rule: "L-1",
    says: "an LDC score of 5 is LDC even with LDC No",
    row: { ...HIGH, "OSP/DC": "40", LDC: "N", "LDC score": "5" },
    expect: "Becoming New Me Plus | Recommended | High | LDC_SUITE | Living as New Me | L-1",
  },
  {
    rule: "L-2",
    says: "LDC at OSP Medium in custody: New Me Strengths",
    row: { ...MEDIUM, LDC: "Yes" },
    expect: "New Me Strengths | Recommended | Medium | LDC_SUITE | Living as New Me | L-2",
  },
  {
    rule: "L-2",
    says: "LDC at OSP High in the community: New Me Strengths (BNM+ runs in custody only)",
    row: { ...HIGH, "LDC score": "3", Setting: "Community" },
    expect: "New Me Strengths | Recommended | Medium | LDC_SUITE | Living as New Me | L-2",
  },
  {
    rule: "K-1",
    says: "OSP/DC 30.0 is the score 30, High: Kaizen",
    row: { ...HIGH, "OSP/DC": "30.0" },
    expect: "Kaizen | Recommended | High | | | K-1",
  },
  {
    rule: "K-1",
    says: "OSP/IIC High alone is enough, and an LDC score of 2 is not LDC",
    row: { ...HIGH, "OSP/DC": "Low", "OSP/IIC": "H", "LDC score": "2" },
    expect: "Kaizen | Recommended | High | | | K-1",
  },
  {
    rule: "K-1",
    says: "completed means the chosen programme: Horizon completed does not stop Kaizen",
    row: { ...HIGH, Completed: "Horizon" },
    expect: "Kaizen | Recommended | High | | | K-1",
  },
  {
    rule: "H-1",
    says: "online grooming in the community: iHorizon",
    row: { ...MEDIUM, Offence: "Online grooming", Setting: "Community" },
    expect: "iHorizon | Recommended | Medium | | | H-1",
  },
  {
    rule: "H-1",
    says: "images only in the community at OSP Very High: iHorizon",
    row: { ...HIGH, Offence: "IIOC", "OSP/DC": "Very High", Setting: "Community" },
    expect: "iHorizon | Recommended | Medium | | | H-1",
  },
  {
    rule: "H-1",
    says: "online offending in custody at OSP Medium: Horizon",
    row: { ...MEDIUM, Offence: "Online grooming" },
    expect: "Horizon | Recommended | Medium | | | H-2",
    fires: false,
  },
  {
    rule: "H-2",
    says: "OSP Medium in custody: Horizon",
    row: MEDIUM,
    expect: "Horizon | Recommended | Medium | | | H-2",
  },
  {
    rule: "H-2",
    says: "OSP High in the community, not online-only: Horizon",
    row: { ...HIGH, Offence: "Non-contact", Setting: "Community" },
    expect: "Horizon | Recommended | Medium | | | H-2",
  },
  {
    rule: "M-1",
    says: "maintaining innocence and willing: the programme stands, flagged",
    row: { ...HIGH, "Maintains innocence": "Y" },
    expect: "Kaizen | Recommended | High | MAINTAINS_INNOCENCE | | K-1",
  },
  {
    rule: "M-1",
    says: "the same for the LDC programmes; M-1 never decides",
    row: { ...MEDIUM, LDC: "Y", "Maintains innocence": "Y", Willing: "Y" },
    expect: "New Me Strengths | Recommended | Medium | LDC_SUITE;MAINTAINS_INNOCENCE | Living as New Me | L-2",
  },
];
