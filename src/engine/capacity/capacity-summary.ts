import { normaliseKey } from "../../parsing";
import type { Policy } from "../../policies";
import type { CapacityEntry } from "./capacity-entries";
import type { CapacityRow } from "./capacity-table";
import { CapacitySource, findCapacity } from "./find-capacity";
import { planQueue, PlanningOutcome } from "./planning";
import { NoPlaces, pressureOf, Rag, ragOf } from "./pressure";
import { CapacityFigures, WhatIf, withWhatIf } from "./what-if";
import { assessQueue } from "./waiting-queue";

export interface CapacitySummaryOptions {
  policy: Policy;
  /** One entry per routed row (see capacityEntriesFrom). */
  entries: readonly CapacityEntry[];
  /** The workbook's capacity rows; programmes (and sites) without a row use the policy's programme table. */
  capacity?: readonly CapacityRow[];
  /** The as-of date as a day number. */
  asOf: number;
  /** The cohort has a Site column: one summary row per (programme, site). Otherwise per programme, Site blank. */
  bySite: boolean;
  /** Groups a year and group size to use instead of the capacity table's for some rows (the task pane's what-if). */
  whatIf?: WhatIf;
}

export interface CapacitySummaryRow extends PlanningOutcome, CapacityFigures {
  programmeCode: string;
  /** Programme name. */
  programme: string;
  /** "" when not split by site, or for people whose Site cell is blank. */
  site: string;
  demand: number;
  deferred: number;
  placesAYear: number;
  pressure: number | NoPlaces;
  rag: Rag;
  /** Null (blank) when there are no places or nobody is queued. */
  waitWeeks: number | null;
  atRisk: number;
  capacitySource: CapacitySource;
  /** The capacity row's Weeks (every tier), or null when the policy's weeks per tier apply. */
  capacityWeeks: number | null;
}

export interface CapacitySummary {
  rows: CapacitySummaryRow[];
  /** Codes, in policy order, of programmes with a summary row that used the policy's defaults (no capacity row). */
  programmesOnDefaults: string[];
}

interface Group {
  programmeCode: string;
  site: string;
  queued: CapacityEntry[];
  deferred: number;
}

/** Demand, places, pressure, wait and people at risk per programme (and site): section 7 of the policy spec. */
export function computeCapacitySummary(options: CapacitySummaryOptions): CapacitySummary {
  const { policy, entries, capacity = [], asOf, bySite, whatIf } = options;
  const { recommended, deferred } = policy.data.statuses;
  const groups = new Map<string, Group>();
  for (const entry of entries) {
    const isQueued = entry.status === recommended;
    if (entry.programmeCode === null || (!isQueued && entry.status !== deferred)) continue;
    if (!policy.programmeByCode.has(entry.programmeCode)) {
      throw new RangeError(`unknown programme code "${entry.programmeCode}" for ${policy.stamp}`);
    }
    const site = bySite ? (entry.site ?? "").trim() : "";
    const key = `${entry.programmeCode}|${normaliseKey(site)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { programmeCode: entry.programmeCode, site, queued: [], deferred: 0 }));
    if (isQueued) group.queued.push(entry);
    else group.deferred++;
  }

  const programmeOrder = new Map(policy.data.programmes.map((p, index) => [p.code, index]));
  const ordered = [...groups.values()].sort(
    (a, b) =>
      (programmeOrder.get(a.programmeCode) ?? 0) - (programmeOrder.get(b.programmeCode) ?? 0) ||
      a.site.localeCompare(b.site, "en-GB"),
  );
  const rows = ordered.map((group): CapacitySummaryRow => {
    const programme = policy.programmeByCode.get(group.programmeCode);
    if (!programme) throw new RangeError(`unknown programme code "${group.programmeCode}"`);
    const found = withWhatIf(findCapacity(programme, group.site, capacity), whatIf, programme.code, group.site);
    const placesAYear = found.groupsPerYear * found.groupSize;
    const demand = group.queued.length;
    const pressure = pressureOf(demand, placesAYear);
    return {
      programmeCode: programme.code,
      programme: programme.name,
      site: group.site,
      demand,
      deferred: group.deferred,
      placesAYear,
      pressure,
      rag: ragOf(pressure, demand),
      ...assessQueue(group.queued, found, asOf),
      ...planQueue(group.queued, found, asOf),
      groupsPerYear: found.groupsPerYear,
      groupSize: found.groupSize,
      capacitySource: found.source,
      capacityWeeks: found.rowWeeks,
    };
  });
  const onDefaults = new Set(rows.filter((r) => r.capacitySource === "policy default").map((r) => r.programmeCode));
  return { rows, programmesOnDefaults: policy.data.programmes.map((p) => p.code).filter((c) => onDefaults.has(c)) };
}
