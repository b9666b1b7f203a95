import { CapacitySummary, computeCapacitySummary } from "../../engine/capacity";
import type { Policy } from "../../policies";
import type { ReadCohortOptions } from "../read-cohort-blocks";
import { readWorkbookCapacity, WorkbookCapacity } from "./read-capacity";
import { readRoutedCohort, RoutedCohort } from "./read-routed-cohort";

export interface SummariseOptions extends ReadCohortOptions {
  policy: Policy;
  /** The as-of date as a day number. */
  asOf: number;
  /** The routed sheet; the active sheet when not given. */
  sheetName?: string;
}

export interface WorkbookSummary {
  policy: Policy;
  asOf: number;
  cohort: RoutedCohort;
  capacity: WorkbookCapacity;
  summary: CapacitySummary;
}

/** Reads the routed cohort and the capacity table, and computes the capacity summary (engine/capacity). */
export async function summariseWorkbook(
  context: Excel.RequestContext,
  options: SummariseOptions,
): Promise<WorkbookSummary> {
  const { policy, asOf } = options;
  const cohort = await readRoutedCohort(context, policy, options);
  return summariseRoutedCohort(context, { policy, asOf, cohort });
}

/** The same cohort (already read) with the capacity table read again, e.g. after saving figures to it. */
export function resummariseCapacity(
  context: Excel.RequestContext,
  previous: WorkbookSummary,
): Promise<WorkbookSummary> {
  return summariseRoutedCohort(context, previous);
}

/** A routed cohort already in memory (a routing run's, or one read before) with the capacity table read now. */
export async function summariseRoutedCohort(
  context: Excel.RequestContext,
  { policy, asOf, cohort }: Pick<WorkbookSummary, "policy" | "asOf" | "cohort">,
): Promise<WorkbookSummary> {
  const capacity = await readWorkbookCapacity(context, policy);
  const summary = computeCapacitySummary({
    policy,
    entries: cohort.entries,
    capacity: capacity.rows,
    asOf,
    bySite: cohort.bySite,
  });
  return { policy, asOf, cohort, capacity, summary };
}
