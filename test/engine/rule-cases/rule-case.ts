import type { InputRecord } from "../../support/route-records";

/** One row of the rule-by-rule table. */
export interface RuleCase {
  /** The rule the case is about. */
  rule: string;
  /** What the spec says should happen, as a sentence. */
  says: string;
  row: InputRecord;
  /** `Programme | Status | Dosage tier | Flags | Follow-on | deciding rule`, flags and follow-ons `;`-separated. */
  expect: string;
  asOf?: string;
  /** False when the case shows that the rule does not fire. */
  fires?: boolean;
  /** The header row, when the case needs other columns than the table's (e.g. a column the file does not have). */
  headers?: readonly string[];
  /** For a rule tagged [reconstructed] only sometimes: whether its line carries the tag in this case. */
  tagged?: boolean;
}

/** The expected outputs of a case, split from its table row. */
export function readExpectation(expect: string) {
  const [programme, status, tier, flags, followOn, decidingRule] = expect.split("|").map((part) => part.trim());
  return { programme, status, tier, flags, followOn, decidingRule };
}

/** A contact offence at RM2000/s Low with an OGRS3 band above Low: Low Intensity unless something else applies. */
export const CONTACT_LOW: InputRecord = { Offence: "Contact", "RM2000/s": "Low", OGRS3: "60" };
