import { excelSerialFromDay, OUTPUT_COLUMNS, parseIsoDay } from "../../../src/parsing";
import { getBundledPolicy } from "../../../src/policies";
import { createFakeExcel, FakeExcel, StoredValue } from "../../support/fake-excel";

export const POLICY = getBundledPolicy("foi-86525");
export const AS_OF = parseIsoDay("2014-01-01") as number;

const serial = (iso: string) => excelSerialFromDay(parseIsoDay(iso) as number);
const INVALID_REASON =
  'V-1: Release date "31/02/2014" is not a real date (expected a date such as 2014-03-31 or 31/03/2014)';
const C1 = "C-1: RM2000/s Low and OGRS3 band Low: accredited SOTPs are not routinely commissioned";

/** Some input columns (the summary reads Release date and Site), then SOTP Router's output columns. */
export const ROUTED_HEADER = ["ID", "Offence", "RM2000/s", "Release date", "Site", ...OUTPUT_COLUMNS];

type Outputs = [programme: string, status: string, tier: string, reasons?: string];

function routedRow(id: string, release: StoredValue, site: string, [programme, status, tier, reasons = ""]: Outputs) {
  return [id, "Contact", "High", release, site, programme, status, tier, "", "", reasons, POLICY.stamp];
}

/**
 * Ten routed people. High Intensity at Bure: four queued (one without a release date) and one deferred; at Usk: two
 * queued. Low Intensity at Usk: one queued. One Not commissioned, one Invalid. The release date of P2 is ISO text.
 */
export const ROUTED_ROWS: StoredValue[][] = [
  routedRow("P1", serial("2014-03-01"), "Bure", ["High Intensity", "Recommended", "High"]),
  routedRow("P2", "2014-06-01", "Bure", ["High Intensity", "Recommended", "Medium"]),
  routedRow("P3", serial("2015-06-01"), "Bure", ["High Intensity", "Recommended", "High"]),
  routedRow("P4", "", "Bure", ["High Intensity", "Recommended", "High"]),
  routedRow("P5", serial("2014-02-01"), "Bure", ["High Intensity", "Deferred", "High"]),
  routedRow("P6", serial("2014-09-01"), "Usk", ["High Intensity", "Recommended", "Medium"]),
  routedRow("P7", serial("2016-01-01"), "Usk", ["High Intensity", "Recommended", "High"]),
  routedRow("P8", serial("2014-05-01"), "Usk", ["Low Intensity", "Recommended", "Low"]),
  routedRow("P9", serial("2014-05-01"), "Usk", ["None", "Not commissioned", "", C1]),
  routedRow("P10", "31/02/2014", "", ["None", "Invalid", "", INVALID_REASON]),
];

/** HI at Bure has its own row; HI elsewhere uses the all-sites row; LI has no row (policy default). */
export const CAPACITY_CELLS: StoredValue[][] = [
  ["Programme", "Site", "Groups per year", "Group size", "Weeks"],
  ["HI", "Bure", 2, 2, ""],
  ["High Intensity", "", 4, 1, ""],
];

/** A fake Excel with the routed cohort at A1 of the active sheet "Cohort", and optionally a Capacity sheet. */
export function fakeWithRoutedCohort(capacity: StoredValue[][] | null = CAPACITY_CELLS): FakeExcel {
  const fake = createFakeExcel({ firstSheetName: "Cohort" });
  fake.state.writeCells("Cohort", "A1", [ROUTED_HEADER, ...ROUTED_ROWS]);
  if (capacity) {
    fake.state.addSheet("Capacity");
    fake.state.writeCells("Capacity", "A1", capacity);
  }
  return fake;
}
