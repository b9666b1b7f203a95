import { programmeLabel, statusLabel } from "../engine";
import type { Decision } from "../engine";
import type { Policy } from "../policies";
import type { ComparedTable } from "./compare-table";
import { TRANSITION_COLUMNS } from "./comparison-columns";
import { isBlankResult } from "./outcome-key";

type Compared = Extract<ComparedTable, { ok: true }>;

/** One line of the transition table: the people who go from one (programme, status) to another. */
export interface Transition {
  fromProgramme: string;
  fromStatus: string;
  toProgramme: string;
  toStatus: string;
  /** Same programme (by code) and status (by key) under both policies: nobody moves. */
  unchanged: boolean;
  /** Data rows (0 = the row after the header) making this line, in sheet order. */
  rowIndexes: number[];
}

/**
 * One line per distinct (From programme, From status, To programme, To status), matched by programme code and
 * status key; blank rows are not counted. Sorted by rows descending, then the four texts ascending by code point.
 */
export function transitionTable(compared: Compared): Transition[] {
  const { from, to } = compared;
  const byKey = new Map<string, Transition>();
  from.results.forEach((before, index) => {
    const after = to.results[index];
    if (isBlankResult(before) && isBlankResult(after)) return;
    const keys = [before.programme ?? "", before.status ?? "", after.programme ?? "", after.status ?? ""];
    const key = keys.join("\u0000");
    const line = byKey.get(key);
    if (line) line.rowIndexes.push(index);
    else
      byKey.set(key, {
        fromProgramme: programmeText(before, from.policy),
        fromStatus: statusLabel(from.policy, before.status),
        toProgramme: programmeText(after, to.policy),
        toStatus: statusLabel(to.policy, after.status),
        unchanged: keys[0] === keys[2] && keys[1] === keys[3],
        rowIndexes: [index],
      });
  });
  return [...byKey.values()].sort(compareTransitions);
}

function programmeText(decision: Decision, policy: Policy): string {
  return decision.kind === "blank" ? "" : programmeLabel(policy, decision.programme);
}

function compareTransitions(a: Transition, b: Transition): number {
  if (a.rowIndexes.length !== b.rowIndexes.length) return b.rowIndexes.length - a.rowIndexes.length;
  for (const field of ["fromProgramme", "fromStatus", "toProgramme", "toStatus"] as const) {
    if (a[field] !== b[field]) return a[field] < b[field] ? -1 : 1;
  }
  return 0;
}

/** The transition table as cells, header first (Rows as a number). */
export function transitionCells(transitions: readonly Transition[]): (string | number)[][] {
  return [
    [...TRANSITION_COLUMNS],
    ...transitions.map((t) => [t.fromProgramme, t.fromStatus, t.toProgramme, t.toStatus, t.rowIndexes.length]),
  ];
}

/** `High Intensity (Recommended) → Kaizen (Recommended)`. */
export function describeMove(transition: Transition): string {
  const { fromProgramme, fromStatus, toProgramme, toStatus } = transition;
  return `${fromProgramme} (${fromStatus}) → ${toProgramme} (${toStatus})`;
}

/** `209 people: High Intensity (Recommended) → Kaizen (Recommended)`. */
export function describeTransition(transition: Transition): string {
  const count = transition.rowIndexes.length;
  return `${count.toLocaleString("en-GB")} ${count === 1 ? "person" : "people"}: ${describeMove(transition)}`;
}
