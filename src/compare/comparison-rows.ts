import { resultCells } from "../engine";
import type { Decision } from "../engine";
import type { CellValue } from "../parsing";
import type { Policy } from "../policies";
import { COMPARISON_COLUMNS, SIDE_COLUMNS } from "./comparison-columns";
import type { ComparedTable } from "./compare-table";
import { changedCell } from "./outcome-key";

type Compared = Extract<ComparedTable, { ok: true }>;

/** The comparison's output cells for one data row, in COMPARISON_COLUMNS order. */
export function comparisonCells(from: Decision, fromPolicy: Policy, to: Decision, toPolicy: Policy): string[] {
  const fromCells = resultCells(from, fromPolicy);
  const toCells = resultCells(to, toPolicy);
  return [
    ...SIDE_COLUMNS.map((name) => fromCells[name]),
    ...SIDE_COLUMNS.map((name) => toCells[name]),
    changedCell(from, to),
    fromCells.Reasons,
    toCells.Reasons,
    fromCells.Policy,
    toCells.Policy,
  ];
}

/** The comparison cells of data row `index` (0 = the row after the header). */
export function comparisonCellsAt(compared: Compared, index: number): string[] {
  const { from, to } = compared;
  return comparisonCells(from.results[index], from.policy, to.results[index], to.policy);
}

/**
 * Every row of the table: the kept input cells unchanged, then the comparison columns (their headers on the header
 * row, blanks on rows above it), one row at a time.
 */
export function* comparisonRows(rows: readonly (readonly CellValue[])[], compared: Compared): Generator<CellValue[]> {
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const cells: CellValue[] = compared.keptColumns.map((column) => row[column] ?? "");
    if (index < compared.headerRow) cells.push(...COMPARISON_COLUMNS.map(() => ""));
    else if (index === compared.headerRow) cells.push(...COMPARISON_COLUMNS);
    else cells.push(...comparisonCellsAt(compared, index - compared.headerRow - 1));
    yield cells;
  }
}

/** How many data rows changed (Programme, Status or Dosage tier) between the two policies. */
export function changedCount(compared: Compared): number {
  const { from, to } = compared;
  let count = 0;
  from.results.forEach((result, i) => {
    if (changedCell(result, to.results[i]) === "yes") count++;
  });
  return count;
}
