import { normaliseKey } from "../../parsing";
import type { ProgrammeCapacity } from "./find-capacity";

/** The two capacity figures a summary row's places come from. */
export interface CapacityFigures {
  groupsPerYear: number;
  groupSize: number;
}

/** Figures to try instead of the capacity table's, by summaryRowKey. */
export type WhatIf = ReadonlyMap<string, CapacityFigures>;

/** Identifies one summary row: its programme code and its site, compared as the summary groups sites. */
export function summaryRowKey(programmeCode: string, site: string): string {
  return `${programmeCode}|${normaliseKey(site)}`;
}

/** The capacity found for a row, with the what-if's figures when it has some for that row (weeks unchanged). */
export function withWhatIf(
  found: ProgrammeCapacity,
  whatIf: WhatIf | undefined,
  programmeCode: string,
  site: string,
): ProgrammeCapacity {
  const figures = whatIf?.get(summaryRowKey(programmeCode, site));
  return figures ? { ...found, ...figures } : found;
}
