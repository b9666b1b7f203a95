/** The band cell of a calculator's output (spec 1.6): a risk band, Not applicable, Invalid, or blank (not run). */
export type RiskBand = "Low" | "Medium" | "High" | "Very High";
export type BandCell = RiskBand | "Not applicable" | "Invalid" | "";

export const RISK_BANDS: readonly RiskBand[] = ["Low", "Medium", "High", "Very High"];

/** One calculator's result for one row: its score cells (null when empty), band and message. */
export interface CalculatorResult {
  readonly band: BandCell;
  readonly message: string;
  readonly scores: readonly (number | null)[];
}

/** Problems are joined with `; ` (spec 1.5). */
export function invalid(problems: readonly string[], scoreCount: number): CalculatorResult {
  return { band: "Invalid", message: problems.join("; "), scores: emptyScores(scoreCount) };
}

export function notApplicable(reason: string, scoreCount: number): CalculatorResult {
  return { band: "Not applicable", message: reason, scores: emptyScores(scoreCount) };
}

/** Every trigger field was blank: nothing was asked of the calculator. */
export function notRun(scoreCount: number): CalculatorResult {
  return { band: "", message: "", scores: emptyScores(scoreCount) };
}

function emptyScores(count: number): null[] {
  return new Array<null>(count).fill(null);
}

/** The band `levels` steps above (or below, when negative) `band`, kept within Low…Very High. */
export function shiftBand(band: RiskBand, levels: number): RiskBand {
  const index = Math.min(RISK_BANDS.length - 1, Math.max(0, RISK_BANDS.indexOf(band) + levels));
  return RISK_BANDS[index];
}

/** `logistic(z) = 1 / (1 + e^(−z))` */
export function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * Rounds half away from zero to `decimals` places (spec 1.7): 2.5 → 3, 0.125 → 0.13. The value is shifted as the
 * decimal text it prints as, so a printed tie stays an exact tie.
 */
export function roundHalfAway(value: number, decimals: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const [mantissa, exponent = "0"] = String(Math.abs(value)).split("e");
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
  const rounded = Number(`${Math.floor(shifted + 0.5)}e-${decimals}`);
  return Math.sign(value) * rounded;
}
