import { createRouter, routeCohort } from "../../../src/engine";
import { capacityEntriesFrom, CapacityEntry } from "../../../src/engine/capacity";
import { CellValue, createRowParser, mapHeaders, parseIsoDay } from "../../../src/parsing";
import { getBundledPolicy, Policy } from "../../../src/policies";

export const policy: Policy = getBundledPolicy("foi-86525");

export function dayOf(iso: string): number {
  const day = parseIsoDay(iso);
  if (day === null) throw new RangeError(`not a date: ${iso}`);
  return day;
}

/** Routes a cohort (header row first) with the real engine and builds its capacity entries. */
export function routeForCapacity(
  rows: readonly (readonly CellValue[])[],
  asOf: string,
): { entries: CapacityEntry[]; bySite: boolean } {
  const [headers, ...data] = rows;
  const mapping = mapHeaders(headers, policy);
  const parseRow = createRowParser(mapping, policy);
  const parsed = data.map((row) => parseRow(row));
  const results = routeCohort(createRouter(policy, { asOf: dayOf(asOf) }), parsed);
  const bySite = mapping.roles.some((role) => role.kind === "field" && role.field === policy.data.roles.site);
  return { entries: capacityEntriesFrom(parsed, results, policy), bySite };
}

let nextOrder = 0;

/** A hand-built entry: a Recommended High-tier person unless told otherwise. */
export function person(
  programmeCode: string,
  release: string | null,
  more: Partial<CapacityEntry> = {},
): CapacityEntry {
  return {
    programmeCode,
    status: policy.data.statuses.recommended,
    tier: "High",
    site: null,
    release: release === null ? null : dayOf(release),
    order: nextOrder++,
    ...more,
  };
}
