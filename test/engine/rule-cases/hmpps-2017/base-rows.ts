import type { InputRecord } from "../../../support/route-records";

/** The input headers of the hmpps-2017 spec's section 1, in the order of its shared examples. */
export const HMPPS_HEADERS = [
  "ID",
  "Sex",
  "Age",
  "Offence",
  "OSP/DC",
  "OSP/IIC",
  "LDC",
  "LDC score",
  "HSP score",
  "Maintains innocence",
  "Willing",
  "Active appeal",
  "Completed",
  "Setting",
  "Release date",
  "Site",
];

/** The same headers without one column (a file that does not have it). */
export function headersWithout(header: string): string[] {
  return HMPPS_HEADERS.filter((h) => h !== header);
}

/** A contact offence at OSP High in custody, HSP score 0 (not eligible, so no HSP flag): Kaizen. */
export const HIGH: InputRecord = { Offence: "Contact", "OSP/DC": "High", "OSP/IIC": "Low", "HSP score": "0" };
/** The same at OSP Medium: Horizon. */
export const MEDIUM: InputRecord = { ...HIGH, "OSP/DC": "Medium" };
