/**
 * Rounds half away from zero at `decimals` places, treating the number as the decimal it prints as
 * (`String(value)`, the shortest text that reads back to the same double). So `1.005` → 1.01, `2.675` → 2.68 and
 * `0.285` → 0.29, although each is stored a little below its printed value. See docs/adr/0003-capacity-rounding.md.
 *
 * @example roundHalfAwayFromZero(-1.375, 2) // -1.38
 * @throws RangeError when `decimals` is not a whole number from 0 to 15.
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`decimals must be a whole number from 0 to 15 (got ${decimals})`);
  }
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  const [mantissa, exponent = "0"] = String(Math.abs(value)).split("e");
  // Shifting the decimal text (not multiplying the double) keeps a printed tie an exact tie.
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
  // Past 2^53 a double holds no fraction at this scale: nothing to round.
  if (shifted >= Number.MAX_SAFE_INTEGER) return value;
  const rounded = Number(`${Math.floor(shifted + 0.5)}e-${decimals}`);
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
}
