/**
 * Seedable synthetic cohorts: realistic-looking rows about no real person, for the demo, tests and benchmarks.
 * Proportions are plausible guesses, not statistics.
 */

export const SAMPLE_HEADERS = [
  "ID",
  "Sex",
  "Age",
  "Offence",
  "RM2000/s",
  "OGRS3",
  "IQ",
  "Learning disability",
  "Maintains innocence",
  "Willing",
  "Active appeal",
  "Needs",
  "Completed",
  "Setting",
  "Release date",
  "Site",
] as const;

export const SAMPLE_SITES = ["HMP Bure", "HMP Whatton", "HMP Usk", "HMP Littlehey", "Thames Valley"] as const;

export interface GenerateOptions {
  rows: number;
  seed?: number;
  /** Share of rows given one deliberately bad value (default 0.01). */
  badValueRate?: number;
  /** Share of rows with a blank risk field (default 0.03). */
  blankRate?: number;
  /** ISO date around which release dates are spread (default 2014-01-01). */
  around?: string;
}

type Weighted<T> = readonly (readonly [T, number])[];

const OFFENCES: Weighted<string> = [
  ["Contact", 46],
  ["Attempted contact", 4],
  ["Sexually motivated", 3],
  ["Non-contact", 12],
  ["Online grooming", 7],
  ["IIOC only", 28],
];
const BANDS: Weighted<string> = [
  ["Low", 35],
  ["Medium", 35],
  ["High", 22],
  ["Very High", 8],
];
const NEEDS: Weighted<string> = [
  ["", 70],
  ["SPC", 8],
  ["SE", 5],
  ["ASB;WD", 4],
  ["SPV", 4],
  ["SPC;SE", 5],
  ["WD", 4],
];
const COMPLETED: Weighted<string> = [
  ["", 90],
  ["HI", 3],
  ["LI", 3],
  ["BNM", 2],
  ["HSP", 2],
];
const BAD_VALUES: readonly (readonly [number, string])[] = [
  [4, "Extreme"],
  [5, "N/A"],
  [2, "230"],
  [14, "31/02/2014"],
  [11, "XYZ"],
  [3, "Unknown"],
  [14, "14/3/14"],
];

/** A small fast seedable PRNG (mulberry32). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rows of text cells under SAMPLE_HEADERS (the header row is not included). */
export function generateCohort(options: GenerateOptions): string[][] {
  const random = createRandom(options.seed ?? 1);
  const badRate = options.badValueRate ?? 0.01;
  const blankRate = options.blankRate ?? 0.03;
  const around = Date.parse(`${options.around ?? "2014-01-01"}T00:00:00Z`);
  const pick = <T>(table: Weighted<T>): T => {
    const total = table.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = random() * total;
    for (const [value, weight] of table) if ((roll -= weight) < 0) return value;
    return table[table.length - 1][0];
  };
  const chance = (p: number) => random() < p;
  const rows: string[][] = [];
  for (let index = 0; index < options.rows; index++) {
    const rm = pick(BANDS);
    const ogrs = Math.round(
      Math.min(99, Math.max(1, 32 + BANDS.findIndex(([b]) => b === rm) * 16 + (random() - 0.5) * 50)),
    );
    const hasIq = chance(0.25);
    const iq = hasIq ? String(Math.round(55 + random() * 60)) : "";
    const releaseDays = Math.round(-60 + random() * 365 * 4);
    const row = [
      `A${String(1000 + index).padStart(4, "0")}${String.fromCharCode(65 + (index % 26))}${String.fromCharCode(65 + ((index * 7) % 26))}`,
      chance(0.01) ? "F" : chance(0.5) ? "M" : "",
      chance(0.3) ? "" : String(18 + Math.floor(random() * 55) - (chance(0.01) ? 2 : 0)),
      pick(OFFENCES),
      chance(blankRate) ? "" : rm,
      chance(blankRate) ? "" : chance(0.2) ? `${ogrs}%` : String(ogrs),
      iq,
      chance(0.06) ? "Yes" : chance(0.5) ? "No" : "",
      chance(0.1) ? "Yes" : "",
      chance(0.04) ? "No" : "",
      chance(0.05) ? "Yes" : "",
      pick(NEEDS),
      pick(COMPLETED),
      chance(0.15) ? "Community" : chance(0.5) ? "Custody" : "",
      chance(0.08) ? "" : new Date(around + releaseDays * 86_400_000).toISOString().slice(0, 10),
      SAMPLE_SITES[Math.floor(random() * SAMPLE_SITES.length)],
    ];
    if (chance(badRate)) {
      const [column, value] = BAD_VALUES[Math.floor(random() * BAD_VALUES.length)];
      row[column] = value;
    }
    rows.push(row);
  }
  return rows;
}
