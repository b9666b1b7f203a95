import type { RuleCase } from "../rule-case";
import { HIGH, MEDIUM } from "./base-rows";

const LDC_HIGH = { ...HIGH, LDC: "Y" };
const ONLINE_COMMUNITY = { ...MEDIUM, Offence: "Online grooming", Setting: "Community" };

/** Steps 7 and 8 of hmpps-2017: along the follow-on chain (F-2, F-3), then F-1, P-1 and the T checks. */
export const HMPPS_COMPLETED_AND_CHECKS_CASES: RuleCase[] = [
  {
    rule: "F-2",
    says: "BNM+ completed: Living as New Me next, HSP still to follow",
    row: { ...LDC_HIGH, "HSP score": "3", Completed: "BNM+" },
    expect: "Living as New Me | Recommended | Medium | LDC_SUITE;HSP_FOLLOW_ON | Healthy Sex Programme | F-2",
  },
  {
    rule: "F-2",
    says: "BNM+ and LNM completed, HSP eligible: the Healthy Sex Programme",
    row: { ...LDC_HIGH, "HSP score": "3", Completed: "Becoming New Me; Living as New Me" },
    expect: "Healthy Sex Programme | Recommended | Medium | LDC_SUITE | | F-2",
  },
  {
    rule: "F-2",
    says: "Kaizen completed and HSP eligible: the Healthy Sex Programme",
    row: { ...HIGH, "HSP score": "12", Completed: "KAI" },
    expect: "Healthy Sex Programme | Recommended | Medium | | | F-2",
  },
  {
    rule: "F-3",
    says: "Horizon completed and HSP not eligible: nothing left",
    row: { ...MEDIUM, Completed: "Horizon" },
    expect: "None | Not eligible | | ALREADY_COMPLETED | | F-3",
  },
  {
    rule: "F-3",
    says: "Kaizen completed with HSP unknown: HSP could have been next",
    row: { ...HIGH, "HSP score": "", Completed: "Kaizen" },
    expect: "None | Not eligible | | HSP_NOT_ASSESSED;ALREADY_COMPLETED | | F-3",
  },
  {
    rule: "F-3",
    says: "Kaizen and HSP completed with HSP unknown: no HSP_NOT_ASSESSED",
    row: { ...HIGH, "HSP score": "", Completed: "Kaizen, Healthy Sex" },
    expect: "None | Not eligible | | ALREADY_COMPLETED | | F-3",
  },
  {
    rule: "F-3",
    says: "iHorizon completed with HSP unknown: HSP does not follow iHorizon",
    row: { ...ONLINE_COMMUNITY, "HSP score": "", Completed: "iHorizon" },
    expect: "None | Not eligible | | ALREADY_COMPLETED | | F-3",
  },
  {
    rule: "F-3",
    says: "the flags of step 6 stay after F-3",
    row: { ...LDC_HIGH, "Maintains innocence": "Y", Completed: "BNMP; LNM" },
    expect: "None | Not eligible | | LDC_SUITE;MAINTAINS_INNOCENCE;ALREADY_COMPLETED | | F-3",
  },
  {
    rule: "F-1",
    says: "HSP score 3 after Kaizen: HSP follow-on",
    row: { ...HIGH, "HSP score": "3" },
    expect: "Kaizen | Recommended | High | HSP_FOLLOW_ON | Healthy Sex Programme | K-1",
  },
  {
    rule: "F-1",
    says: "HSP score blank after Horizon: HSP not assessed, no follow-on",
    row: { ...MEDIUM, "HSP score": "" },
    expect: "Horizon | Recommended | Medium | HSP_NOT_ASSESSED | | H-2",
  },
  {
    rule: "F-1",
    says: "BNM+ with HSP eligible: both follow-ons, LNM first",
    row: { ...LDC_HIGH, "HSP score": "60" },
    expect:
      "Becoming New Me Plus | Recommended | High | LDC_SUITE;HSP_FOLLOW_ON | Living as New Me;Healthy Sex Programme | L-1",
  },
  {
    rule: "F-1",
    says: "HSP score 2: no follow-on",
    row: { ...HIGH, "HSP score": "2" },
    expect: "Kaizen | Recommended | High | | | K-1",
    fires: false,
  },
  {
    rule: "F-1",
    says: "HSP already completed: no follow-on",
    row: { ...HIGH, "HSP score": "5", Completed: "HSP" },
    expect: "Kaizen | Recommended | High | | | K-1",
    fires: false,
  },
  {
    rule: "F-1",
    says: "no HSP after iHorizon, even when eligible or unknown",
    row: { ...ONLINE_COMMUNITY, "HSP score": "" },
    expect: "iHorizon | Recommended | Medium | | | H-1",
    fires: false,
  },
  {
    rule: "P-1",
    says: "a legacy SOTP programme completed is information only",
    row: { ...HIGH, Completed: "LI" },
    expect: "Kaizen | Recommended | High | PRIOR_SOTP | | K-1",
  },
  {
    rule: "P-1",
    says: "Better Lives Booster is a legacy item too",
    row: { ...MEDIUM, Completed: "Better Lives Booster; Rolling SOTP" },
    expect: "Horizon | Recommended | Medium | PRIOR_SOTP | | H-2",
  },
  {
    rule: "P-1",
    says: "only when a programme is chosen",
    row: { ...HIGH, "OSP/DC": "Low", Completed: "Core SOTP" },
    expect: "None | Not commissioned | | ALTERNATIVE_PATHWAY | | C-1",
    fires: false,
  },
  {
    rule: "T-1",
    says: "an active appeal is flagged; the status stays Recommended",
    row: { ...HIGH, "Active appeal": "Y" },
    expect: "Kaizen | Recommended | High | ACTIVE_APPEAL | | K-1",
  },
  {
    rule: "T-1",
    says: "the same for Horizon",
    row: { ...MEDIUM, "Active appeal": "Yes" },
    expect: "Horizon | Recommended | Medium | ACTIVE_APPEAL | | H-2",
  },
  {
    rule: "T-2",
    says: "HSP after Horizon in the community does not run there",
    row: { ...MEDIUM, Setting: "Community", "HSP score": "3", Completed: "HOR" },
    expect: "Healthy Sex Programme | Recommended | Medium | CUSTODY_ONLY | | F-2",
  },
  {
    rule: "T-2",
    says: "HSP after NMS and LNM in the community",
    row: { ...MEDIUM, LDC: "Y", Setting: "Community", "HSP score": "4", Completed: "NMS; LNM" },
    expect: "Healthy Sex Programme | Recommended | Medium | LDC_SUITE;CUSTODY_ONLY | | F-2",
  },
  {
    rule: "T-3",
    says: "Kaizen needs 6 months in custody: release the day before is too soon",
    row: { ...HIGH, "Release date": "2014-06-30" },
    expect: "Kaizen | Recommended | High | INSUFFICIENT_TIME | | K-1",
    tagged: false,
  },
  {
    rule: "T-3",
    says: "release on the day is enough",
    row: { ...HIGH, "Release date": "2014-07-01" },
    expect: "Kaizen | Recommended | High | | | K-1",
    fires: false,
  },
  {
    rule: "T-3",
    says: "Horizon needs 12 months in the community",
    row: { ...MEDIUM, Setting: "Community", "Release date": "31/12/2014" },
    expect: "Horizon | Recommended | Medium | INSUFFICIENT_TIME | | H-2",
    tagged: false,
  },
  {
    rule: "T-3",
    says: "iHorizon's 12 months are reconstructed",
    row: { ...ONLINE_COMMUNITY, "Release date": "2014-12-31" },
    expect: "iHorizon | Recommended | Medium | INSUFFICIENT_TIME | | H-1",
    tagged: true,
  },
  {
    rule: "T-3",
    says: "HSP in the community takes its custody minimum (6 months), reconstructed",
    row: { ...MEDIUM, Setting: "Community", "HSP score": "3", Completed: "HOR", "Release date": "2014-06-30" },
    expect: "Healthy Sex Programme | Recommended | Medium | CUSTODY_ONLY;INSUFFICIENT_TIME | | F-2",
    tagged: true,
  },
  {
    rule: "T-3",
    says: "Living as New Me needs 3 months, reconstructed",
    row: { ...LDC_HIGH, Completed: "BNMP", "Release date": "2014-03-31" },
    expect: "Living as New Me | Recommended | Medium | LDC_SUITE;INSUFFICIENT_TIME | | F-2",
    tagged: true,
  },
];
