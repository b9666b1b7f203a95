import type { Policy } from "../policies";
import { CellValue, quoteForMessage } from "./cell";
import type { HeaderMapping } from "./map-headers";
import type { FieldProblem } from "./parse-row";

/**
 * What an adapter knows about one row's cells beside their values, per column. A CSV knows nothing (no facts); Excel
 * knows number formats, and a custom function also whether a cell that arrived as 0 was empty.
 */
export interface RowFacts {
  /**
   * The cell's number format shows a percentage. `null`: the format could not be read although it matters (a score
   * column of a custom function's argument), so a number from 0 to 1 there is ambiguous; absent or `false`: plain.
   */
  percent?: readonly (boolean | null)[];
  /** The columns whose cell is empty although a value arrived for it (desktop Excel passes an empty cell as 0). */
  empty?: readonly number[];
}

/** The row's cells with each cell known to be empty replaced by null (a copy when it changes; never in place). */
export function withEmptyCells(cells: readonly CellValue[], facts: RowFacts | undefined): readonly CellValue[] {
  const empty = facts?.empty;
  if (!empty || empty.length === 0) return cells;
  const cleared = cells.slice();
  for (const column of empty) cleared[column] = null;
  return cleared;
}

/** Per column: the cell is %-formatted (an unreadable format counts as not); undefined when nothing is known. */
export function percentFlags(facts: RowFacts | undefined): readonly boolean[] | undefined {
  const percent = facts?.percent;
  if (!percent) return undefined;
  return percent.includes(null) ? percent.map((flag) => flag === true) : (percent as readonly boolean[]);
}

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

const NO_PROBLEMS: FieldProblem[] = [];

/**
 * A number from 0 (exclusive) to 1 in a score column whose number format could not be read: 0.42 may be the score
 * 0.42 or 42% typed in a %-formatted cell. Rather than guess, the row is Invalid with this problem.
 */
export function findAmbiguousPercent(
  cells: readonly CellValue[],
  facts: RowFacts | undefined,
  percentColumns: readonly number[],
  mapping: HeaderMapping,
  policy: Policy,
): FieldProblem[] {
  const percent = facts?.percent;
  if (!percent) return NO_PROBLEMS;
  let problems = NO_PROBLEMS;
  for (const column of percentColumns) {
    const cell = cells[column];
    if (typeof cell !== "number" || cell <= 0 || cell > 1 || percent[column] !== null) continue;
    if (problems === NO_PROBLEMS) problems = [];
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
