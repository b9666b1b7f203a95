import { roundHalfAwayFromZero } from "./round-half-away";

/** What Pressure shows when a programme has no places a year. */
export const NO_PLACES = "no places";
export type NoPlaces = typeof NO_PLACES;

export type Rag = "green" | "amber" | "red";

const GREEN_UP_TO = 0.8;
const AMBER_UP_TO = 1;

/**
 * Demand ÷ places a year, rounded to 2 decimals half away from zero; `no places` when places a year is 0.
 *
 * @example pressureOf(11, 8) // 1.38
 * @throws RangeError for a negative or non-finite demand or places.
 */
export function pressureOf(demand: number, placesAYear: number): number | NoPlaces {
  for (const [name, value] of [
    ["demand", demand],
    ["places a year", placesAYear],
  ] as const) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a number ≥ 0 (got ${value})`);
  }
  return placesAYear === 0 ? NO_PLACES : roundHalfAwayFromZero(demand / placesAYear, 2);
}

/**
 * Green up to 0.80, amber up to 1.00, else red, on the rounded pressure. With no places: red when anyone is waiting,
 * amber when only deferred people are counted (they will need a place that does not exist; see ADR 0003).
 */
export function ragOf(pressure: number | NoPlaces, demand: number): Rag {
  if (pressure === NO_PLACES) return demand > 0 ? "red" : "amber";
  if (pressure <= GREEN_UP_TO) return "green";
  return pressure <= AMBER_UP_TO ? "amber" : "red";
}
