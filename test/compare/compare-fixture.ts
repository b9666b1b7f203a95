import { getBundledPolicy } from "../../src/policies";

export const foi = getBundledPolicy("foi-86525");
export const hmpps = getBundledPolicy("hmpps-2017");

/**
 * A small cohort both policies can route, checked by hand against both specs (as of 2014-01-01). Columns named like
 * outputs (Programme, Changed) hold stale text from an earlier run: they must be replaced, never read.
 */
export const SMALL_COHORT = [
  ["ID", "Offence", "RM2000/s", "OGRS3", "OSP/DC", "OSP/IIC", "Setting", "Programme", "Changed"],
  // R-2 High Intensity (Medium) → K-1 Kaizen (High): OSP/DC 32 is High, custody
  ["A1", "Contact", "Medium", "60", "32", "Low", "Custody", "stale", "stale"],
  ["A2", "Contact", "Medium", "60", "High", "Low", "Custody"],
  // R-1 Low Intensity (Low) → H-2 Horizon (Medium): OSP/DC 25 is Medium
  ["A3", "Contact", "Low", "60", "25", "Low", "Custody"],
  // C-1 Not commissioned under both
  ["A4", "Contact", "Low", "Low", "Low", "Low", ""],
  // blank but for old outputs: a blank row, not counted
  [null, "", null, null, null, null, null, "stale", "stale"],
  // V-1 Invalid (RM2000/s) → K-1 Kaizen: hmpps-2017 reads no RM2000/s
  ["A6", "Contact", "Purple", "60", "High", "Low", ""],
  // R-4 Low Intensity at Very High (tier High) → H-1 iHorizon: online-only offence in the community
  ["A7", "IIOC only", "Very High", "40", "Low", "Medium", "Community"],
];
