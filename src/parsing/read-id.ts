import type { Policy } from "../policies";
import { CellValue, isBlankCell } from "./cell";
import { createFieldParser, FieldValue, Rejection } from "./field-parsers";
import { HeaderMapping } from "./map-headers";
import type { ParsedRow } from "./parse-row";

/**
 * Reads only what the duplicate-ID rule (V-3) needs from a row, as the row parser would: whether the row is blank
 * (old output columns aside) and its ID value. For a first pass over a large file, at a fraction of a full parse.
 */
export function createIdReader(mapping: HeaderMapping, policy: Policy): (cells: readonly CellValue[]) => ParsedRow {
  const idField = policy.data.roles.id;
  const field = idField === undefined ? undefined : policy.fieldByName.get(idField);
  const parser = field && createFieldParser(field, policy);
  const idColumns: number[] = [];
  const output: boolean[] = [];
  mapping.roles.forEach((role, column) => {
    if (role.kind === "field" && role.field === idField) idColumns.push(column);
    output[column] = role.kind === "output";
  });
  const idSlot = policy.fields.findIndex((f) => f.name === idField);
  const values: Record<string, FieldValue> = {};
  const slots: FieldValue[] = [];
  const row: ParsedRow = { values, slots, problems: [], blank: true }; // the ID and nothing else
  return (cells) => {
    row.blank = true;
    for (let column = 0; column < cells.length; column++) {
      if (output[column] !== true && !isBlankCell(cells[column])) {
        row.blank = false;
        break;
      }
    }
    let id: FieldValue = null;
    if (!row.blank && parser) {
      for (const column of idColumns) {
        const cell = cells[column];
        if (isBlankCell(cell)) continue;
        const parsed = parser.parse(cell, false);
        if (!(parsed instanceof Rejection)) id = parsed;
      }
    }
    if (idField !== undefined) values[idField] = slots[idSlot] = id;
    return row; // one object reused: read it before the next call
  };
}
