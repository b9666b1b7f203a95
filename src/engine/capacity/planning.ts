import type { CapacityEntry } from "./capacity-entries";
import type { ProgrammeCapacity } from "./find-capacity";
import { pressureOf, ragOf } from "./pressure";
import { countAtRisk, orderQueue, releasedBeforeFinishing } from "./waiting-queue";

/** The most groups a year the planning columns try. */
export const MAX_GROUPS_A_YEAR = 520;
/** What Groups needed and Groups for green show when no number of groups up to 520 is enough. */
export const OVER_MAX = "over 520";
export type OverMax = typeof OVER_MAX;
/** A number of groups a year, `over 520`, or null (blank: nobody queued, or a group size of 0). */
export type GroupsAnswer = number | OverMax | null;

export interface PlanningOutcome {
  /** Queued people released before finishing even if they started on the as-of date. */
  unavoidable: number;
  /** Fewest groups a year (this group size) that leave at risk only the unavoidable. */
  groupsNeeded: GroupsAnswer;
  /** Fewest groups a year (this group size) that bring pressure to 0.80 or below. */
  groupsForGreen: GroupsAnswer;
}

/** Section 2 of the overrides-and-planning spec: Unavoidable, Groups needed and Groups for green for one row. */
export function planQueue(
  queued: readonly CapacityEntry[],
  capacity: ProgrammeCapacity,
  asOf: number,
): PlanningOutcome {
  const queue = orderQueue(queued);
  const unavoidable = queue.filter((entry) => releasedBeforeFinishing(entry, 0, capacity, asOf)).length;
  return {
    unavoidable,
    groupsNeeded: groupsNeededFor(queue, capacity, asOf, unavoidable),
    groupsForGreen: groupsForGreenFor(queue.length, capacity.groupSize),
  };
}

/**
 * The smallest g from 1 to 520 whose At risk equals Unavoidable. At risk never falls below Unavoidable and never
 * rises as g grows (every start ⌊k ÷ size⌋ × 52 ÷ g moves earlier or stays), so a binary search finds the same g
 * as trying 1, 2, 3… in turn.
 */
export function groupsNeededFor(
  queue: readonly CapacityEntry[],
  capacity: ProgrammeCapacity,
  asOf: number,
  unavoidable: number,
): GroupsAnswer {
  if (queue.length === 0 || capacity.groupSize === 0) return null;
  const leavesOnlyUnavoidable = (groups: number) =>
    countAtRisk(queue, { ...capacity, groupsPerYear: groups }, asOf) === unavoidable;
  if (!leavesOnlyUnavoidable(MAX_GROUPS_A_YEAR)) return OVER_MAX;
  let low = 1;
  let high = MAX_GROUPS_A_YEAR;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (leavesOnlyUnavoidable(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The smallest g from 1 to 520 with Demand ÷ (g × group size), rounded to 2 decimals, at most 0.80. */
export function groupsForGreenFor(demand: number, groupSize: number): GroupsAnswer {
  if (demand === 0 || groupSize === 0) return null;
  for (let groups = 1; groups <= MAX_GROUPS_A_YEAR; groups++) {
    if (ragOf(pressureOf(demand, groups * groupSize), demand) === "green") return groups;
  }
  return OVER_MAX;
}
