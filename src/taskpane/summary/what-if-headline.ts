import { CapacitySummaryRow, NO_PLACES } from "../../engine/capacity";
import { rowLabel } from "./what-if";

const groupsAYear = (n: number) => `${n} group${n === 1 ? "" : "s"} a year`;
const people = (n: number) => (n === 1 ? "1 person" : `${n.toLocaleString("en-GB")} people`);
const pressureText = (row: CapacitySummaryRow) =>
  row.pressure === NO_PLACES ? `no places, ${row.rag}` : `${row.pressure.toFixed(2)} ${row.rag}`;
const waitText = (row: CapacitySummaryRow) =>
  row.waitWeeks === null
    ? row.placesAYear === 0
      ? "none, nobody starts"
      : "none"
    : `${row.waitWeeks.toFixed(1)} weeks`;

/**
 * What a change of figures does to one row, e.g. `HMP Bure · High Intensity: 2 groups a year instead of 1 clears the
 * queue before release for 11 of 11 people.` and then the figures that moved, each with what it was.
 */
export function describeWhatIf(before: CapacitySummaryRow, after: CapacitySummaryRow): string[] {
  const what: string[] = [];
  if (after.groupsPerYear !== before.groupsPerYear)
    what.push(`${groupsAYear(after.groupsPerYear)} instead of ${before.groupsPerYear}`);
  if (after.groupSize !== before.groupSize) what.push(`groups of ${after.groupSize} instead of ${before.groupSize}`);
  const change = `${rowLabel(after)}: ${what.join(" and ")}`;
  if (after.demand === 0) return [`${change}: nobody is waiting here, only the places change.`];
  const cleared = after.demand - after.atRisk;
  const headline = `${change} clears the queue before release for ${cleared.toLocaleString("en-GB")} of ${people(after.demand)}.`;
  const moved = [
    `pressure ${pressureText(after)} (was ${pressureText(before)})`,
    `wait ${waitText(after)} (was ${waitText(before)})`,
    `at risk ${after.atRisk} (was ${before.atRisk}${after.unavoidable > 0 ? `; ${after.unavoidable} cannot finish whatever the capacity` : ""})`,
  ];
  return [headline, `${moved.join(", ")}.`.replace(/^p/, "P")];
}
