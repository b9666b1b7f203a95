import { CellValue, createFieldParser, createRowParser, HeaderMapping, isBlankCell, Rejection } from "../parsing";
import type { Policy } from "../policies";
import type { CellFacts } from "./cell-facts";

/**
 * How a numeric 0 in a column is read. Desktop Excel may pass an empty cell to a custom function as 0, Excel on the
 * web passes null. `empty`: 0 is not a value of the field (Sex, Age, dates, …) or the field is text, so the 0 is an
 * empty cell. `default`: 0 reads as an empty cell would (Learning disability 0 = no = the default; an item column's
 * 0 = no), or the column is not read. `ask`: 0 is a real value that differs from empty (OGRS3 score 0; Willing 0 =
 * no, empty = yes): Excel's value types decide when they can be read, else the 0 is kept. `output`: one of SOTP
 * Router's own output columns, never read and not counted when telling whether a row is blank.
 */
export type ZeroReading = "empty" | "default" | "ask" | "output";

export function classifyZeroColumns(mapping: HeaderMapping, policy: Policy): ZeroReading[] {
  const defaults = createRowParser(mapping, policy)([]).values;
  return mapping.roles.map((role): ZeroReading => {
    if (role.kind === "output") return "output";
    if (role.kind !== "field") return "default";
    const field = policy.fieldByName.get(role.field);
    if (!field) return "default";
    if (field.kind === "text") return "empty";
    const zero = createFieldParser(field, policy).parse(0, false);
    if (zero instanceof Rejection) return "empty";
    return zero === defaults[field.name] ? "default" : "ask";
  });
}

/** A row of nothing but empty cells and zeros: desktop Excel's picture of an empty row. */
export function isEmptyOrZeroRow(row: readonly CellValue[]): boolean {
  return row.every((cell) => cell === 0 || isBlankCell(cell));
}

/**
 * The columns of one row whose 0 stands for an empty cell (every 0 of an empty-or-zero row; a 0 that is not a value
 * of its field; a 0 Excel says is an empty cell). Undefined when no 0 needs clearing. A 0 that reads as an empty
 * cell would (`default`) is cleared only in a row with nothing else in it, where it decides whether the row is
 * blank; elsewhere it parses exactly as the empty cell does, so the row is not copied for it.
 */
export function emptyZeroCells(
  row: readonly CellValue[],
  rowIndex: number,
  readings: readonly ZeroReading[],
  facts: CellFacts,
): number[] | undefined {
  if (!row.includes(0)) return undefined;
  const alone = !hasContent(row, readings);
  const wholeRow = alone && isEmptyOrZeroRow(row);
  let empty: number[] | undefined;
  for (let column = 0; column < row.length; column++) {
    if (row[column] !== 0) continue;
    const reading = readings[column];
    const cleared =
      wholeRow || reading === "empty" || (reading === "ask" ? (facts.get(column)?.empty[rowIndex] ?? false) : alone);
    if (cleared) (empty ??= []).push(column);
  }
  return empty;
}

/** The row has a cell that makes it not blank whatever its zeros are: neither blank nor 0, outside output columns. */
function hasContent(row: readonly CellValue[], readings: readonly ZeroReading[]): boolean {
  for (let column = 0; column < row.length; column++) {
    const cell = row[column];
    if (cell !== 0 && readings[column] !== "output" && !isBlankCell(cell)) return true;
  }
  return false;
}
