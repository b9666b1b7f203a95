import { createRandom, SAMPLE_HEADERS } from "./generate-cohort";

/** The OASys columns the current programme suite (hmpps-2017) reads, after the sample's SOTP-era columns. */
export const CURRENT_SUITE_HEADERS = ["OSP/DC", "OSP/IIC", "LDC score", "HSP score"] as const;

const OFFENCE = SAMPLE_HEADERS.indexOf("Offence");
const RM2000 = SAMPLE_HEADERS.indexOf("RM2000/s");
const LD = SAMPLE_HEADERS.indexOf("Learning disability");
const BANDS = ["Low", "Medium", "High", "Very High"];
/** OSP/DC score ranges per band (hmpps-2017 spec, section 1). */
const OSP_DC_SCORES: readonly (readonly [number, number])[] = [
  [0, 21],
  [22, 29],
  [30, 35],
  [36, 64],
];
const ONLINE = new Set(["IIOC only", "Online grooming"]);
const BLANK_RATE = 0.03;
/** Another stream than the older columns', so a seed's SOTP-era columns stay exactly as they were. */
const STREAM = 0x2017;

/**
 * Plausible synthetic OASys figures for rows of `generateCohort`: an OSP/DC score near the person's RM2000/s band
 * (lower for images-only offences), an OSP/IIC band (higher for online offending), an LDC score (3 or more for most
 * men with a learning disability) and, for about half, an HSP score.
 */
export function generateCurrentSuiteColumns(rows: readonly (readonly string[])[], seed: number): string[][] {
  const random = createRandom((seed ^ STREAM) >>> 0);
  const between = ([low, high]: readonly [number, number]) => low + Math.floor(random() * (high - low + 1));
  return rows.map((row) => {
    const online = ONLINE.has(row[OFFENCE]);
    const known = BANDS.indexOf(row[RM2000]);
    let band = known < 0 ? Math.floor(random() * 3) : known;
    if (random() < 0.3) band = Math.min(3, Math.max(0, band + (random() < 0.5 ? -1 : 1)));
    if (row[OFFENCE] === "IIOC only" && random() < 0.7) band = 0;
    const dc = String(between(OSP_DC_SCORES[band]));
    const iicRoll = random();
    const iic = online
      ? iicRoll < 0.3
        ? "Low"
        : iicRoll < 0.75
          ? "Medium"
          : "High"
      : iicRoll < 0.8
        ? "Low"
        : "Medium";
    const ld = row[LD] === "Yes";
    const ldc = random() < 0.3 ? "" : String(ld ? between([2, 9]) : Math.floor(random() ** 2 * 5));
    const hsp = random() < 0.5 ? "" : String(Math.floor(random() ** 2 * 12));
    return [random() < BLANK_RATE ? "" : dc, random() < BLANK_RATE ? "" : iic, ldc, hsp];
  });
}
