import { CellValue, createFieldParser, isBlankCell, Rejection } from "../parsing";
import { getBundledPolicy, Policy } from "../policies";
import { ArgumentError } from "./argument-error";
import type { ColumnFacts } from "./cell-facts";
import { toCellValue } from "./read-arguments";

const OGRS3_FIELD = "ogrs3";

/**
 * The OGRS3 band label of a score (or band name), read by the policy's own OGRS3 parser: `62` → `Medium`,
 * `"92%"` → `Very High`; blank → "". `facts` are Excel's facts about the score's cell, or null when unknown. Throws
 * ArgumentError for a value the policy does not accept, and for a number from 0 (exclusive) to 1 whose cell format is
 * unknown (0.42 could be 42%).
 */
export function ogrs3BandOf(score: unknown, facts: ColumnFacts | null, policy: Policy = getBundledPolicy()): string {
  const cell: CellValue = toCellValue(score);
  if (isBlankCell(cell) || (cell === 0 && facts?.empty[0])) return "";
  const percent = facts ? (facts.percent[0] ?? false) : "unknown";
  const field = policy.fieldByName.get(OGRS3_FIELD);
  if (field?.kind !== "scoreOrChoice") throw new ArgumentError(`policy ${policy.stamp} has no ${OGRS3_FIELD} score`);
  if (percent === "unknown" && typeof cell === "number" && cell > 0 && cell <= 1) {
    throw new ArgumentError(
      `${field.label} ${cell} could be the score ${cell} or ${Math.round(cell * 10000) / 100}% in a %-formatted cell, and the cell's format could not be read: expected a score from 0 to 100 (e.g. 42) or text such as "42%"`,
    );
  }
  const parser = createFieldParser(field, policy);
  const key = parser.parse(cell, percent === true);
  if (key instanceof Rejection || typeof key !== "string") {
    const phrase = key instanceof Rejection ? key.phrase : "is not accepted";
    throw new ArgumentError(`${field.label} "${String(cell)}" ${phrase}: expected ${parser.accepted}`);
  }
  const label = policy.scales.get(field.scale)?.find((value) => value.key === key)?.label;
  return label ?? key;
}
