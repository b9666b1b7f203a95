import type { FieldDefinition, Policy } from "../policies";
import { CellValue, cellText, isBlankCell, normaliseKey, quoteForMessage } from "./cell";
import { FieldParser, FieldValue, Rejection, readYesNo } from "./field-parsers";
import { HeaderMapping } from "./map-headers";
import { rememberedFieldParser } from "./remember-parses";

/** A field whose cell was not accepted. `message` names the field, the value and what is accepted. */
export interface FieldProblem {
  field: string;
  column: number;
  value: string;
  message: string;
}

/** One person's row, normalised: every policy field has a value (null when blank and without default). */
export interface ParsedRow {
  /** The values by field name (the row parser's rows build this on first read, from `slots`). */
  readonly values: Record<string, FieldValue>;
  /**
   * The same values by position, in the policy's field order (`policy.fields`), for the engine's hot loops (an array
   * read costs a fraction of a read by name). Filled by the parser; neither changes after.
   */
  slots: FieldValue[];
  problems: readonly FieldProblem[];
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

const NO_PERCENT_FORMATS: readonly boolean[] = [];
/** The problems of every row without one (most rows): one shared, frozen list. */
const NO_PROBLEMS: readonly FieldProblem[] = Object.freeze([]);

/** One column read into a policy field, with its cells' answers remembered. */
interface FieldColumn {
  column: number;
  field: string;
  /** The field's position in the row's slots. */
  slot: number;
  /** The field's default when this is its only column, so an answer equal to it need not be stored. */
  defaultValue: FieldValue | undefined;
  parser: FieldParser;
}

/** Builds the parser for rows under one header mapping: one place that turns cells into field values. */
export function createRowParser(mapping: HeaderMapping, policy: Policy): RowParser {
  // every row's slots start as a copy of one array, the fields' defaults
  const defaultSlots = policy.fields.map(defaultValue);
  const names = policy.fields.map((field) => field.name);
  const slotOf = new Map(names.map((name, slot) => [name, slot]));
  const fieldColumns = readFieldColumns(mapping, policy, defaultSlots, slotOf);
  const itemColumns = mapping.roles.flatMap((role, column) => {
    if (role.kind !== "item") return [];
    const slot = slotOf.get(role.field) as number;
    return [{ column, field: role.field, slot, item: role.item, header: mapping.headers[column] }];
  });
  const isOutputColumn = mapping.roles.map((role) => role.kind === "output");
  const headerKeys = mapping.headers.map(normaliseKey);
  const mapped = new Set(fieldColumns.map(({ field }) => field));
  const columnless: ReadonlySet<string> = new Set(names.filter((name) => !mapped.has(name)));
  const rowOf = (slots: FieldValue[], problems: readonly FieldProblem[], blank: boolean): ParsedRow =>
    new SlotRow(slots, problems, blank, columnless, names);

  return (cells, options) => {
    const slots = defaultSlots.slice();
    const blank = isBlankRow(cells, isOutputColumn);
    if (blank) return rowOf(slots, NO_PROBLEMS, blank);
    let problems: FieldProblem[] | null = null;

    const percentFormatted = options?.percentFormatted ?? NO_PERCENT_FORMATS;
    for (let index = 0; index < fieldColumns.length; index++) {
      const { column, field, slot, defaultValue, parser } = fieldColumns[index];
      const cell = cells[column];
      if (isBlankCell(cell)) continue;
      const parsed = parser.parse(cell, percentFormatted[column] === true);
      if (parsed instanceof Rejection)
        (problems ??= []).push(problemFor(parser.field.label, field, column, cell, parsed, parser.accepted));
      else if (parsed !== defaultValue) slots[slot] = parsed; // the copy holds the default already
    }
    for (const { column, field, slot, item, header } of itemColumns) {
      const cell = cells[column];
      if (isBlankCell(cell)) continue;
      const yes = readYesNo(cell);
      if (yes === null)
        (problems ??= []).push(problemFor(header, field, column, cell, new Rejection("is not accepted"), "yes or no"));
      else if (yes) {
        const list = (slots[slot] as readonly string[] | null) ?? [];
        if (!list.includes(item)) slots[slot] = [...list, item];
      }
    }
    if (problems === null) return rowOf(slots, NO_PROBLEMS, blank);
    if (problems.length >= REPEATED_HEADER_CELLS && repeatsHeader(problems, cells, headerKeys)) {
      return rowOf(slots, [repeatedHeaderProblem(problems, mapping)], blank);
    }
    return rowOf(slots, problems, blank);
  };
}

/**
 * A parsed row as the parser gives it: its values by position, and by name only once something asks (the engine and
 * the CLI read positions; a row's values by name cost a keyed store per field and an object per row).
 */
class SlotRow implements ParsedRow {
  private byName: Record<string, FieldValue> | undefined = undefined;

  constructor(
    readonly slots: FieldValue[],
    readonly problems: readonly FieldProblem[],
    readonly blank: boolean,
    readonly columnless: ReadonlySet<string>,
    private readonly names: readonly string[],
  ) {}

  get values(): Record<string, FieldValue> {
    if (this.byName === undefined) {
      const values: Record<string, FieldValue> = {};
      for (let slot = 0; slot < this.names.length; slot++) values[this.names[slot]] = this.slots[slot];
      this.byName = values;
    }
    return this.byName;
  }
}

/** The row with more problems found after parsing (the row's own are kept first). */
export function withMoreProblems(row: ParsedRow, more: readonly FieldProblem[]): ParsedRow {
  const { values, slots, blank, columnless } = row;
  return { values, slots, problems: [...row.problems, ...more], blank, columnless };
}

/** Each column that holds a field, in column order; each remembers its own cells' answers. */
function readFieldColumns(
  mapping: HeaderMapping,
  policy: Policy,
  defaultSlots: readonly FieldValue[],
  slotOf: ReadonlyMap<string, number>,
): FieldColumn[] {
  const fieldRoles = mapping.roles.flatMap((role, column) =>
    role.kind === "field" ? [{ column, field: role.field }] : [],
  );
  return fieldRoles.map(({ column, field }) => {
    // a field with several columns (a conflict, reported by the mapping) takes the last column's answer, default or not
    const onlyColumn = fieldRoles.filter((other) => other.field === field).length === 1;
    const parser = rememberedFieldParser(policy, policy.fieldByName.get(field) as FieldDefinition);
    const slot = slotOf.get(field) as number;
    return { column, field, slot, defaultValue: onlyColumn ? defaultSlots[slot] : undefined, parser };
  });
}

/** Every cell is blank but those of SOTP Router's own output columns (cells beyond the headers count too). */
function isBlankRow(cells: readonly CellValue[], isOutputColumn: readonly boolean[]): boolean {
  for (let column = 0; column < cells.length; column++) {
    if (isOutputColumn[column] !== true && !isBlankCell(cells[column])) return false;
  }
  return true;
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
