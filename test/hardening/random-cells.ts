import type { CellValue } from "../../src/parsing";
import { STANDARD_HEADERS } from "../support/route-records";
import { createRandom } from "../../src/sample/generate-cohort";

export { createRandom };

/** Accepted values for each standard header, so random rows reach every step of the procedure. */
const GOOD: Record<(typeof STANDARD_HEADERS)[number], CellValue[]> = {
  ID: ["A1", "a1 ", "B2", 1001],
  Sex: ["M", "Male", "m", "F"],
  Age: [17, "18", 45, "18.0", 30, "60"],
  Offence: ["Contact", "Attempted", "Sexually motivated", "Non-contact", "Grooming", "IIOC", "Exposure"],
  "RM2000/s": ["Low", "Medium", "High", "Very High", "VH", "m"],
  OGRS3: [10, "55", "80%", "Very High", 0.42, "100"],
  IQ: [55, "65", 85, 120],
  "Learning disability": ["Y", "N", true, 0],
  "Maintains innocence": ["Y", "N", false, 1],
  Willing: ["Y", "N", "yes", "FALSE"],
  "Active appeal": ["Y", "N", true, "0"],
  Needs: ["SPC", "ASB", "SPV; WD", "None", "-", "Sexual entitlement"],
  Completed: ["LI", "HI", "BNM", "LI; HSP", "Healthy Sex Programme"],
  Setting: ["Custody", "Community"],
  "Release date": ["2014-03-01", "31/12/2014", 41640, 42000.5, new Date(Date.UTC(2015, 0, 1))],
  Site: ["HMP Bure", "Leyhill"],
};

const ODD: CellValue[] = [
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "N/A",
  "C\u043entact",
  "\uff11\uff18",
  "\u200b",
  "\u00a0",
  " ",
  "",
  null,
  undefined,
  true,
  false,
  -1,
  0,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  "31/02/2014",
  "2014-13-01",
  "03/31/2014",
  "=1+1",
  new Date(Number.NaN),
  new Date(Date.UTC(1899, 11, 31)),
  "x".repeat(10_000),
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** Random printable-or-not text of up to 12 UTF-16 units. */
function randomText(random: () => number): string {
  const length = Math.floor(random() * 12);
  let text = "";
  for (let i = 0; i < length; i++) text += String.fromCharCode(Math.floor(random() * 0x3000));
  return text;
}

/**
 * One random cell for a standard header: in a clean row an accepted value or a blank; otherwise also odd values,
 * random text and numbers.
 */
export function randomCell(random: () => number, header: (typeof STANDARD_HEADERS)[number], clean: boolean): CellValue {
  const roll = random();
  if (roll < 0.7) return pick(random, GOOD[header]);
  if (roll < 0.85 || clean) return null;
  if (roll < 0.9) return pick(random, ODD);
  if (roll < 0.95) return randomText(random);
  return (random() - 0.5) * 10 ** Math.floor(random() * 8);
}

/** Overrides on about one row in ten, some without a reason, some to a programme the policy does not have. */
const OVERRIDES: CellValue[] = ["LI", "High Intensity", "None", "hsp", "Kaizen", 3];
const OVERRIDE_REASONS: CellValue[] = ["Case conference", " ", null, "x".repeat(2000)];

/** A random row under FUZZ_HEADERS: half the rows clean (accepted values and blanks), half not. */
export function randomRow(random: () => number): CellValue[] {
  const clean = random() < 0.5;
  const cells = STANDARD_HEADERS.map((header) => randomCell(random, header, clean));
  const overridden = random() < 0.1;
  return [
    ...cells,
    overridden ? pick(random, OVERRIDES) : null,
    overridden ? pick(random, OVERRIDE_REASONS) : null,
    random() < 0.1 ? randomText(random) : null,
  ];
}

export const FUZZ_HEADERS: readonly string[] = [...STANDARD_HEADERS, "Override", "Override reason", "Notes"];
