import { CellValue, FieldProblem, HeaderMapping, quoteForMessage } from "../parsing";
import type { Policy } from "../policies";
import type { CellFacts } from "./cell-facts";

/** Columns holding a score that Excel shows as a percentage when the cell is %-formatted (OGRS3). */
export function findPercentColumns(mapping: HeaderMapping, policy: Policy): number[] {
  const columns: number[] = [];
  mapping.roles.forEach((role, column) => {
    if (role.kind !== "field") return;
    const field = policy.fieldByName.get(role.field);
    if (field?.kind === "scoreOrChoice" && field.percentScore) columns.push(column);
  });
  return columns;
}

/** Per column of one row: is the cell %-formatted (false where Excel's formats are unknown); undefined: none. */
export function percentFlags(rowIndex: number, width: number, facts: CellFacts): boolean[] | undefined {
  if (facts.size === 0) return undefined;
  const flags = new Array<boolean>(width).fill(false);
  for (const [column, columnFacts] of facts) flags[column] = columnFacts.percent[rowIndex] ?? false;
  return flags;
}

/**
 * A number from 0 (exclusive) to 1 in a score column whose number format could not be read: 0.42 may be the score
 * 0.42 or 42% typed in a %-formatted cell. Rather than guess, the row is Invalid with this problem.
 */
export function findAmbiguousPercent(
  row: readonly CellValue[],
  percentColumns: readonly number[],
  facts: CellFacts,
  policy: Policy,
  mapping: HeaderMapping,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const column of percentColumns) {
    const cell = row[column];
    if (typeof cell !== "number" || cell <= 0 || cell > 1 || facts.has(column)) continue;
    const role = mapping.roles[column];
    const label = role.kind === "field" ? (policy.fieldByName.get(role.field)?.label ?? role.field) : "score";
    const value = quoteForMessage(cell);
    problems.push({
      field: role.kind === "field" ? role.field : "",
      column,
      value,
      message:
        `${label} ${value} could be the score ${cell} or ${Math.round(cell * 10000) / 100}% in a %-formatted cell, ` +
        `and the cell's number format could not be read here (expected a score typed as 0 to 100, e.g. 42, or text such as "42%")`,
    });
  }
  return problems;
}

/** The columns whose cell facts decide something for these rows: zeros to tell apart, or scores to read as %. */
export function columnsNeedingFacts(
  rows: readonly (readonly CellValue[])[],
  askZeroColumns: readonly number[],
  percentColumns: readonly number[],
): number[] {
  const needed = new Set<number>();
  for (const row of rows) {
    for (const column of askZeroColumns) if (row[column] === 0) needed.add(column);
    for (const column of percentColumns) if (typeof row[column] === "number" && row[column] !== 0) needed.add(column);
  }
  return [...needed].sort((a, b) => a - b);
}
