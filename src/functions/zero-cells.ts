import { CellValue, createFieldParser, createRowParser, HeaderMapping, isBlankCell, Rejection } from "../parsing";
import type { Policy } from "../policies";
import type { CellFacts } from "./cell-facts";

/**
 * How a numeric 0 in a column is read. Desktop Excel may pass an empty cell to a custom function as 0, Excel on the
 * web passes null. `blank`: 0 reads as an empty cell, because 0 is not a value of the field (Sex, Age, dates, …), or
 * means the same as an empty cell (Learning disability 0 = no = the default), or the column is text or unused.
 * `ask`: 0 is a real value that differs from empty (OGRS3 score 0; Willing 0 = no, empty = yes): Excel's
 * value types decide when they can be read, else the 0 is kept.
 */
export type ZeroReading = "blank" | "ask";

export function classifyZeroColumns(mapping: HeaderMapping, policy: Policy): ZeroReading[] {
  const defaults = createRowParser(mapping, policy)([]).values;
  return mapping.roles.map((role): ZeroReading => {
    if (role.kind !== "field") return "blank";
    const field = policy.fieldByName.get(role.field);
    if (!field || field.kind === "text") return "blank";
    const zero = createFieldParser(field, policy).parse(0, false);
    if (zero instanceof Rejection || zero === defaults[field.name]) return "blank";
    return "ask";
  });
}

/** A row of nothing but empty cells and zeros: desktop Excel's picture of an empty row. */
export function isEmptyOrZeroRow(row: readonly CellValue[]): boolean {
  return row.every((cell) => cell === 0 || isBlankCell(cell));
}

/**
 * The columns of one row whose 0 stands for an empty cell (every 0 of an empty-or-zero row; a 0 where 0 reads as
 * empty anyway; a 0 Excel says is an empty cell). Undefined when no 0 stands for an empty cell.
 */
export function emptyZeroCells(
  row: readonly CellValue[],
  rowIndex: number,
  readings: readonly ZeroReading[],
  facts: CellFacts,
): number[] | undefined {
  if (!row.includes(0)) return undefined;
  const wholeRow = isEmptyOrZeroRow(row);
  let empty: number[] | undefined;
  for (let column = 0; column < row.length; column++) {
    if (row[column] !== 0) continue;
    if (wholeRow || readings[column] === "blank" || (facts.get(column)?.empty[rowIndex] ?? false))
      (empty ??= []).push(column);
  }
  return empty;
}
