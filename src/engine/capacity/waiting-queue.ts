import type { CapacityEntry } from "./capacity-entries";
import type { ProgrammeCapacity } from "./find-capacity";
import { roundHalfAwayFromZero } from "./round-half-away";

const WEEKS_A_YEAR = 52;
const DAYS_A_WEEK = 7;
/** Absorbs binary noise such as 83.99999999999999 days before rounding a day count down. */
const DAY_EPSILON = 1e-9;

export interface QueueOutcome {
  /** Start of the last position, to 1 decimal; null when no places or nobody queued. */
  waitWeeks: number | null;
  /** Queued people released before they would finish. */
  atRisk: number;
}

/** Earliest release date first; people without a release date last; ties keep input order. */
export function orderQueue(queued: readonly CapacityEntry[]): CapacityEntry[] {
  return [...queued].sort((a, b) => {
    if (a.release !== b.release) {
      if (a.release === null) return 1;
      if (b.release === null) return -1;
      return a.release - b.release;
    }
    return a.order - b.order;
  });
}

/** Weeks after the as-of date that 0-based queue position k starts: ⌊k ÷ group size⌋ × 52 ÷ groups per year. */
export function startWeeksOf(position: number, capacity: ProgrammeCapacity): number {
  return (Math.floor(position / capacity.groupSize) * WEEKS_A_YEAR) / capacity.groupsPerYear;
}

/** Whether a person starting `startWeeks` after the as-of date is released before finishing (day count rounded down). */
export function releasedBeforeFinishing(
  entry: CapacityEntry,
  startWeeks: number,
  capacity: ProgrammeCapacity,
  asOf: number,
): boolean {
  if (entry.release === null) return false;
  const weeksToFinish = startWeeks + capacity.weeksFor(entry.tier);
  return entry.release < asOf + Math.floor(weeksToFinish * DAYS_A_WEEK + DAY_EPSILON);
}

/** At risk for a queue already in queue order (see orderQueue); with no places, everyone with a release date. */
export function countAtRisk(queue: readonly CapacityEntry[], capacity: ProgrammeCapacity, asOf: number): number {
  if (capacity.groupsPerYear * capacity.groupSize === 0) return queue.filter((entry) => entry.release !== null).length;
  let atRisk = 0;
  queue.forEach((entry, position) => {
    if (releasedBeforeFinishing(entry, startWeeksOf(position, capacity), capacity, asOf)) atRisk++;
  });
  return atRisk;
}

/** Walks the queue in order: the last position's start is the wait; anyone released before finishing is at risk. */
export function assessQueue(queued: readonly CapacityEntry[], capacity: ProgrammeCapacity, asOf: number): QueueOutcome {
  const queue = orderQueue(queued);
  const atRisk = countAtRisk(queue, capacity, asOf);
  if (capacity.groupsPerYear * capacity.groupSize === 0 || queue.length === 0) return { waitWeeks: null, atRisk };
  return { waitWeeks: roundHalfAwayFromZero(startWeeksOf(queue.length - 1, capacity), 1), atRisk };
}
