import type { ComparedTable } from "./compare-table";
import { changedCount } from "./comparison-rows";
import { describeMove, Transition, transitionCells } from "./transition-table";

type Compared = Extract<ComparedTable, { ok: true }>;

export const COMPARISON_SHEET_NAME = "Comparison";
/** 0-based row of the transition table's header on the Comparison sheet (facts above it). */
export const COMPARISON_TABLE_ROW = 5;
/** 0-based column of the chart's data (move, people), one blank column right of the table. */
export const COMPARISON_CHART_COLUMN = 6;
/** The chart shows the largest moves; a longer tail is one "all other moves" bar (60 bars are unreadable). */
export const CHART_BARS = 15;

export interface ComparisonSheetCells {
  title: string;
  /** Label and value rows under the title. */
  facts: (string | number)[][];
  table: (string | number)[][];
  /** Header, then one row per bar: the move and its people. */
  chartData: (string | number)[][];
}

/** What the Comparison sheet shows (the CLI's XLSX and the task pane write the same layout). */
export function comparisonSheetCells(
  compared: Compared,
  transitions: readonly Transition[],
  asOf: string,
): ComparisonSheetCells {
  const counted = transitions.reduce((sum, t) => sum + t.rowIndexes.length, 0);
  const bars: (string | number)[][] = transitions
    .slice(0, CHART_BARS)
    .map((t) => [describeMove(t), t.rowIndexes.length]);
  const rest = transitions.slice(CHART_BARS);
  if (rest.length > 0)
    bars.push([`All other moves (${rest.length} lines)`, rest.reduce((sum, t) => sum + t.rowIndexes.length, 0)]);
  return {
    title: `Policy comparison: ${compared.from.policy.stamp} → ${compared.to.policy.stamp}`,
    facts: [
      ["As of", asOf],
      ["Rows compared", counted],
      ["Rows changed", changedCount(compared)],
    ],
    table: transitionCells(transitions),
    chartData: [["Move (chart)", "People"], ...bars],
  };
}
