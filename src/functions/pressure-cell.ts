import { pressureOf } from "../engine/capacity";
import { ArgumentError } from "./argument-error";
import { toCellValue } from "./read-arguments";

/** Demand ÷ places (2 decimals, half away from zero) or "no places", by the capacity module's own rule. */
export function pressureCell(demand: unknown, places: unknown): number | string {
  const values = [
    ["demand", toCellValue(demand)],
    ["places", toCellValue(places)],
  ] as const;
  for (const [name, value] of values) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new ArgumentError(`${name} "${String(value ?? "")}" is not accepted: expected a number of 0 or more`);
    }
  }
  return pressureOf(values[0][1] as number, values[1][1] as number);
}
