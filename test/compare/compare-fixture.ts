import { readFileSync } from "node:fs";
import path from "node:path";
import { loadPolicy } from "../../src/policies";

export const SECOND_POLICY_FILE = path.join(__dirname, "../fixtures/second-policy.json");

/** The draft policy of test/fixtures, as a second policy to compare foi-86525 with. */
export const secondPolicy = loadPolicy(JSON.parse(readFileSync(SECOND_POLICY_FILE, "utf8")));

/**
 * A small cohort both policies can route, checked by hand against both policies (as of 2014-01-01). Columns named
 * like outputs (Programme, Changed) hold stale text from an earlier run: they must be replaced, never read.
 */
export const SMALL_COHORT = [
  ["ID", "Offence", "RM2000/s", "OGRS3", "OSP/C", "Programme", "Changed"],
  ["A1", "Contact", "Low", "60", "High", "stale", "stale"], // R-1 Low Intensity (Low) → P-2 Kaizen (High)
  ["A2", "Contact", "Medium", "60", "Medium"], // R-2 High Intensity (Medium) → P-3 Horizon (Medium)
  ["A3", "Contact", "Medium", "60", "Medium"], // the same again
  ["A4", "Contact", "Low", "Low", "21"], // C-1 Not commissioned under both
  [null, "", null, null, null, "stale", "stale"], // blank but for old outputs: a blank row, not counted
  ["A6", "Contact", "Purple", "60", "High"], // V-1 Invalid (RM2000/s) → Kaizen: the draft reads no RM2000/s
];
