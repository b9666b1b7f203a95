import {
  CapacityChange,
  CapacityFigures,
  CapacitySummaryRow,
  computeCapacitySummary,
  summaryRowKey,
} from "../../engine/capacity";
import type { WorkbookSummary } from "../../excel/summary";
import { readNumber } from "../../parsing";

/** What the user typed for one row, as text; a field left out keeps the sheet's figure. */
export type RowEdit = Partial<Record<keyof CapacityFigures, string>>;
/** Edits by summaryRowKey. */
export type WhatIfEdits = ReadonlyMap<string, RowEdit>;

export const FIGURE_LABELS: Record<keyof CapacityFigures, string> = {
  groupsPerYear: "Groups a year",
  groupSize: "Group size",
};

export interface WhatIfOutcome {
  /** The summary with the valid changed figures: same cohort, same capacity table, nothing re-read. */
  current: WorkbookSummary;
  /** Rows whose figures differ from the sheet's, with the figures chosen. */
  changes: CapacityChange[];
  /** One message per figure that is not a number ≥ 0 (that figure keeps the sheet's value meanwhile). */
  invalid: string[];
}

/** A figure as the capacity table reads one: a number ≥ 0, no percent sign; null otherwise. */
export function readFigure(text: string): number | null {
  const value = text.includes("%") ? null : readNumber(text);
  return value === null || value < 0 ? null : value;
}

export function rowLabel(row: Pick<CapacitySummaryRow, "programme" | "site">): string {
  return row.site === "" ? row.programme : `${row.site} · ${row.programme}`;
}

/** Recomputes the summary of `base` (the sheet's figures) with the edits, from the routed cohort already read. */
export function applyWhatIf(base: WorkbookSummary, edits: WhatIfEdits): WhatIfOutcome {
  const changes: CapacityChange[] = [];
  const invalid: string[] = [];
  for (const row of base.summary.rows) {
    const edit = edits.get(summaryRowKey(row.programmeCode, row.site));
    if (!edit) continue;
    const figures: CapacityFigures = { groupsPerYear: row.groupsPerYear, groupSize: row.groupSize };
    for (const field of Object.keys(FIGURE_LABELS) as (keyof CapacityFigures)[]) {
      const text = edit[field];
      if (text === undefined) continue;
      const value = readFigure(text);
      if (value === null)
        invalid.push(
          `${FIGURE_LABELS[field]} for ${rowLabel(row)} must be a number ≥ 0; the sheet's ${row[field]} is used meanwhile.`,
        );
      else figures[field] = value;
    }
    if (figures.groupsPerYear !== row.groupsPerYear || figures.groupSize !== row.groupSize)
      changes.push({ programmeCode: row.programmeCode, site: row.site, ...figures });
  }
  if (changes.length === 0) return { current: base, changes, invalid };
  const { policy, asOf, cohort, capacity } = base;
  const summary = computeCapacitySummary({
    policy,
    entries: cohort.entries,
    capacity: capacity.rows,
    asOf,
    bySite: cohort.bySite,
    whatIf: new Map(changes.map((change) => [summaryRowKey(change.programmeCode, change.site), change])),
  });
  return { current: { ...base, summary }, changes, invalid };
}
