import type { Policy } from "../policies";
import { CellValue, cellText, isBlankCell, normaliseKey, quoteForMessage } from "./cell";
import { createFieldParser, FieldParser, FieldValue, Rejection, readYesNo } from "./field-parsers";
import { HeaderMapping } from "./map-headers";
import { rememberParses } from "./remember-parses";

/** A field whose cell was not accepted. `message` names the field, the value and what is accepted. */
export interface FieldProblem {
  field: string;
  column: number;
  value: string;
  message: string;
}

/** One person's row, normalised: every policy field has a value (null when blank and without default). */
export interface ParsedRow {
  values: Record<string, FieldValue>;
  /**
   * The same values by position, in the policy's field order (`policy.fields`), for the engine's hot loops (an array
   * read costs a fraction of a read by name). Filled with `values` by the parser; neither changes after.
   */
  slots: FieldValue[];
  problems: FieldProblem[];
  /** Every cell of the row is blank (known columns or not): the row gets blank outputs. */
  blank: boolean;
  /** The fields the file has no column for (one set shared by every row of a file); absent: not known. */
  columnless?: ReadonlySet<string>;
}

export interface RowParseOptions {
  /** Per column: the cell's number format shows a percentage (Excel only; a CSV cannot say). */
  percentFormatted?: readonly boolean[];
}

export type RowParser = (cells: readonly CellValue[], options?: RowParseOptions) => ParsedRow;

/** Builds the parser for rows under one header mapping: one place that turns cells into field values. */
export function createRowParser(mapping: HeaderMapping, policy: Policy): RowParser {
  const parsers = new Map<string, FieldParser>(policy.fields.map((f) => [f.name, createFieldParser(f, policy)]));
  const defaults: Record<string, FieldValue> = {};
  for (const field of policy.fields) defaults[field.name] = defaultValue(field);
  const defaultSlots = policy.fields.map((field) => defaults[field.name]);
  const slotOf = new Map(policy.fields.map((field, slot) => [field.name, slot]));
  const fieldColumns: { column: number; parser: FieldParser; slot: number }[] = [];
  const itemColumns: { column: number; field: string; slot: number; item: string; header: string }[] = [];
  const skipForBlank = new Set<number>();
  mapping.roles.forEach((role, column) => {
    // each column remembers its own texts' answers (a list of items is shared between the rows that spell it alike)
    const slot = role.kind === "field" || role.kind === "item" ? (slotOf.get(role.field) as number) : -1;
    if (role.kind === "field")
      fieldColumns.push({ column, parser: rememberParses(parsers.get(role.field) as FieldParser), slot });
    if (role.kind === "item")
      itemColumns.push({ column, field: role.field, slot, item: role.item, header: mapping.headers[column] });
    if (role.kind === "output") skipForBlank.add(column);
  });
  const headerKeys = mapping.headers.map(normaliseKey);
  const mapped = new Set(fieldColumns.map(({ parser }) => parser.field.name));
  const columnless: ReadonlySet<string> = new Set(policy.fields.map((f) => f.name).filter((name) => !mapped.has(name)));

  return (cells, options = {}) => {
    const values: Record<string, FieldValue> = { ...defaults };
    const slots = defaultSlots.slice();
    const problems: FieldProblem[] = [];
    let blank = true;
    for (let column = 0; column < cells.length; column++) {
      if (!skipForBlank.has(column) && !isBlankCell(cells[column])) {
        blank = false;
        break;
      }
    }
    if (blank) return { values, slots, problems, blank, columnless };

    for (const { column, parser, slot } of fieldColumns) {
      const cell = cells[column];
      if (isBlankCell(cell)) continue;
      const parsed = parser.parse(cell, options.percentFormatted?.[column] ?? false);
      if (parsed instanceof Rejection)
        problems.push(problemFor(parser.field.label, parser.field.name, column, cell, parsed, parser.accepted));
      else values[parser.field.name] = slots[slot] = parsed;
    }
    for (const { column, field, slot, item, header } of itemColumns) {
      const cell = cells[column];
      if (isBlankCell(cell)) continue;
      const yes = readYesNo(cell);
      if (yes === null)
        problems.push(problemFor(header, field, column, cell, new Rejection("is not accepted"), "yes or no"));
      else if (yes) {
        const list = (values[field] as readonly string[] | null) ?? [];
        if (!list.includes(item)) values[field] = slots[slot] = [...list, item];
      }
    }
    if (problems.length >= REPEATED_HEADER_CELLS && repeatsHeader(problems, cells, headerKeys)) {
      return { values, slots, problems: [repeatedHeaderProblem(problems, mapping)], blank, columnless };
    }
    return { values, slots, problems, blank, columnless };
  };
}

/** How many rejected cells must equal their own column's header for a row to count as a repeated header row. */
const REPEATED_HEADER_CELLS = 3;

function repeatsHeader(problems: readonly FieldProblem[], cells: readonly CellValue[], headerKeys: readonly string[]) {
  const same = problems.filter((p) => normaliseKey(cellText(cells[p.column])) === headerKeys[p.column]);
  return same.length >= REPEATED_HEADER_CELLS;
}

/** One clear line instead of one per column for a header row pasted inside the data. */
function repeatedHeaderProblem(problems: readonly FieldProblem[], mapping: HeaderMapping): FieldProblem {
  const shown = problems.slice(0, 3).map((p) => `"${mapping.headers[p.column]}"`);
  return {
    field: problems[0].field,
    column: problems[0].column,
    value: problems[0].value,
    message: `this row repeats the column headers (${shown.join(", ")} …): delete it, or route each cohort on its own`,
  };
}

function defaultValue(field: Policy["fields"][number]): FieldValue {
  if (field.kind === "list") return [];
  if ((field.kind === "choice" || field.kind === "yesNo") && field.default !== undefined) return field.default;
  return null;
}

function problemFor(
  label: string,
  field: string,
  column: number,
  cell: CellValue,
  rejection: Rejection,
  accepted: string,
): FieldProblem {
  const value = quoteForMessage(cell);
  return { field, column, value, message: `${label} ${value} ${rejection.phrase} (expected ${accepted})` };
}
