import type { OutsideSetting } from "../../engine/capacity";
import type { Policy } from "../../policies";

/** A routed row's status and reasons, as read back from its output cells. */
export interface OutcomeCells {
  status: string;
  reasons: readonly string[];
  /** The Programme cell (for an overridden row: the override programme). */
  programme?: string;
}

export interface ReasonCount {
  reason: string;
  count: number;
}

export interface QualityLine {
  status: string;
  count: number;
  /** The most common reasons, most frequent first (ties in first-seen order). */
  topReasons: ReasonCount[];
  /** Overridden rows only: how many were overridden to each programme, most first (ties in first-seen order). */
  overriddenTo?: { programme: string; count: number }[];
}

const TOP_REASONS = 3;

/**
 * A reason without its row's particulars, so rows with the same problem count together: parenthesised details and
 * quoted values are dropped. `V-1: Age "230" is out of range (expected …)` → `V-1: Age "…" is out of range`.
 */
export function generaliseReason(reason: string): string {
  let text = reason;
  for (let previous = ""; previous !== text;) {
    previous = text;
    text = text.replace(/\s*\([^()]*\)/g, "");
  }
  return text
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Counts of Invalid, Incomplete, Out of scope and Not commissioned rows, each with its most common reasons; then,
 * when any row was overridden, how many and to which programmes.
 */
export function describeDataQuality(outcomes: readonly OutcomeCells[], policy: Policy): QualityLine[] {
  const { invalid, incomplete, outOfScope, notCommissioned, overridden } = policy.data.statuses;
  const lines = [invalid, incomplete, outOfScope, notCommissioned].map((status) => {
    const rows = outcomes.filter((outcome) => outcome.status === status);
    const counts = new Map<string, number>();
    for (const row of rows) {
      // Each generalised reason counts once per row.
      for (const reason of new Set(row.reasons.map(generaliseReason)))
        counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
    const topReasons = [...counts]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count)
      .slice(0, TOP_REASONS);
    return { status, count: rows.length, topReasons };
  });
  const overrides = overridden === undefined ? null : describeOverrides(outcomes, overridden, policy);
  return overrides === null ? lines : [...lines, overrides];
}

function describeOverrides(outcomes: readonly OutcomeCells[], status: string, policy: Policy): QualityLine | null {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) {
    if (outcome.status !== status) continue;
    const programme = outcome.programme || policy.data.noProgramme;
    counts.set(programme, (counts.get(programme) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  const overriddenTo = [...counts]
    .map(([programme, count]) => ({ programme, count }))
    .sort((a, b) => b.count - a.count);
  return { status, count: overriddenTo.reduce((sum, p) => sum + p.count, 0), topReasons: [], overriddenTo };
}

/** What the panel calls rows recommended for a programme that does not run in their setting. */
export const OUTSIDE_SETTING = "Programme not run in their setting";

/**
 * A line for rows recommended for a programme that does not run in their setting (counted in that programme's
 * demand all the same), with the programmes and settings as its reasons; none when there are no such rows.
 */
export function describeOutsideSettingLine(outside: readonly OutsideSetting[], policy: Policy): QualityLine[] {
  const count = outside.reduce((sum, o) => sum + o.count, 0);
  if (count === 0) return [];
  const settingField = policy.fieldByName.get(policy.data.roles.setting ?? "");
  const scale = (settingField && "scale" in settingField ? policy.scales.get(settingField.scale) : undefined) ?? [];
  const topReasons = outside.map((o) => ({
    reason: `${policy.programmeByCode.get(o.programmeCode)?.name ?? o.programmeCode} in the ${
      scale.find((v) => v.key === o.setting)?.label.toLowerCase() ?? o.setting
    } setting (counted in its demand)`,
    count: o.count,
  }));
  return [{ status: OUTSIDE_SETTING, count, topReasons }];
}
