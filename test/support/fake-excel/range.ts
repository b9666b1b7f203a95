import {
  Box,
  boxCellCount,
  boxContains,
  boxesIntersect,
  formatBox,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  qualifiedAddress,
} from "./address";
import { ClientObject } from "./client-object";
import { FakeOfficeError } from "./errors";
import { ConditionalFormatCollection, RangeFormat } from "./range-format";
import { GENERAL, SheetState, StoredValue } from "./sheet-state";
import { TableScopedCollection } from "./table";
import { Worksheet } from "./worksheet";

export interface RangeTarget {
  sheet: SheetState;
  box: Box;
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Excel turns typed-looking text into numbers and booleans unless the cell is formatted as text (`@`). */
function coerce(value: unknown, format: string): StoredValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = String(value);
  if (format === "@") return text;
  if (NUMBER_TEXT.test(text.trim())) return Number(text);
  if (/^(true|false)$/i.test(text.trim())) return text.trim().toLowerCase() === "true";
  return text;
}

export class Range extends ClientObject<RangeTarget> {
  protected readonly scalarProperties = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values"];
  readonly format = new RangeFormat(this.context, `${this.path}.format`, () => this.resolve());
  readonly conditionalFormats = new ConditionalFormatCollection(this.context, this.path, () => this.resolve());

  protected override navigation(name: string) {
    return name === "worksheet" ? this.worksheet : undefined;
  }

  protected readProperty({ sheet, box }: RangeTarget, property: string): unknown {
    switch (property) {
      case "address":
        return qualifiedAddress(sheet.name, box);
      case "addressLocal":
        return formatBox(box);
      case "rowIndex":
        return box.r0;
      case "columnIndex":
        return box.c0;
      case "rowCount":
        return box.r1 - box.r0 + 1;
      case "columnCount":
        return box.c1 - box.c0 + 1;
      case "cellCount":
        return boxCellCount(box);
      case "values":
        return this.readCells(box, (r, c) => sheet.getValue(r, c));
      case "numberFormat":
        return this.readCells(box, (r, c) => sheet.getFormat(r, c));
      default:
        throw new FakeOfficeError("InvalidArgument", `Range has no property "${property}" in this fake`);
    }
  }

  /** Past the read cap, cells come back as null, as Excel warns for ranges over 5 million cells. */
  private readCells(box: Box, read: (row: number, column: number) => unknown): unknown[][] {
    const width = box.c1 - box.c0 + 1;
    const rows: unknown[][] = [];
    for (let r = box.r0; r <= box.r1; r++) {
      const row: unknown[] = new Array(width);
      const offset = (r - box.r0) * width;
      for (let c = 0; c < width; c++) row[c] = offset + c < this.context.cellReadCap ? read(r, box.c0 + c) : null;
      rows.push(row);
    }
    return rows;
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.writeCells("values", values, (sheet, r, c, value) => {
      const stored = coerce(value, sheet.getFormat(r, c));
      if (stored !== undefined) sheet.setValue(r, c, stored);
    });
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.writeCells("numberFormat", formats, (sheet, r, c, value) => {
      if (value !== null && value !== undefined) sheet.setFormat(r, c, String(value) || GENERAL);
    });
  }

  private writeCells(
    property: string,
    input: unknown,
    write: (sheet: SheetState, row: number, column: number, value: unknown) => void,
  ): void {
    this.queue(`set ${property}`, input, ({ sheet, box }, undo) => {
      const height = box.r1 - box.r0 + 1;
      const width = box.c1 - box.c0 + 1;
      const grid = Array.isArray(input) ? (input as unknown[][]) : null;
      if (grid && (grid.length !== height || grid.some((row) => !Array.isArray(row) || row.length !== width)))
        throw new FakeOfficeError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
        );
      for (let r = 0; r < height; r++) {
        for (let c = 0; c < width; c++) {
          const [row, column] = [box.r0 + r, box.c0 + c];
          const before = { value: sheet.getValue(row, column), format: sheet.getFormat(row, column) };
          undo.push(() => {
            sheet.setValue(row, column, before.value);
            sheet.setFormat(row, column, before.format);
          });
          write(sheet, row, column, grid ? grid[r][c] : input);
        }
      }
    });
  }

  /** Clears values (`Contents`), number formats and recorded formatting (`Formats`), or both (`All`); charts stay. */
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.queue("clear", [applyTo], ({ sheet, box }, undo) => {
      const contents = applyTo !== "Formats";
      const formats = applyTo !== "Contents";
      const cleared = [...(contents ? sheet.values : []), ...(formats ? sheet.formats : [])];
      for (const [row] of cleared) {
        if (row < box.r0 || row > box.r1) continue;
        for (let c = box.c0; c <= box.c1; c++) {
          const before = { value: sheet.getValue(row, c), format: sheet.getFormat(row, c) };
          undo.push(() => {
            sheet.setValue(row, c, before.value);
            sheet.setFormat(row, c, before.format);
          });
          if (contents && before.value !== "") sheet.setValue(row, c, "");
          if (formats && before.format !== GENERAL) sheet.setFormat(row, c, GENERAL);
        }
      }
      if (!formats) return;
      for (const [key, recorded] of [...sheet.rangeFormats]) {
        if (!boxContains(box, parseAddress(key).box)) continue;
        sheet.rangeFormats.delete(key);
        undo.push(() => sheet.rangeFormats.set(key, recorded));
      }
    });
  }

  get worksheet(): Worksheet {
    return new Worksheet(this.context, `${this.path}.worksheet`, () => this.resolve()?.sheet ?? null);
  }

  private derive(name: string, args: unknown[], box: (box: Box) => Box): Range {
    return new Range(this.context, `${this.path}.${name}(${args.join(",")})`, () => {
      const target = this.resolve();
      if (!target) return null;
      const next = box(target.box);
      if (next.r0 < 0 || next.c0 < 0 || next.r1 >= MAX_ROWS || next.c1 >= MAX_COLUMNS || next.r1 < next.r0)
        throw new FakeOfficeError("InvalidArgument", `${name} goes outside the worksheet`);
      return { sheet: target.sheet, box: next };
    });
  }

  getCell(row: number, column: number): Range {
    return this.derive("getCell", [row, column], (b) => ({
      r0: b.r0 + row,
      c0: b.c0 + column,
      r1: b.r0 + row,
      c1: b.c0 + column,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive("getResizedRange", [deltaRows, deltaColumns], (b) => ({
      ...b,
      r1: b.r1 + deltaRows,
      c1: b.c1 + deltaColumns,
    }));
  }
  getOffsetRange(rows: number, columns: number): Range {
    return this.derive("getOffsetRange", [rows, columns], (b) => ({
      r0: b.r0 + rows,
      c0: b.c0 + columns,
      r1: b.r1 + rows,
      c1: b.c1 + columns,
    }));
  }
  getRow(row: number): Range {
    return this.derive("getRow", [row], (b) => ({ ...b, r0: b.r0 + row, r1: b.r0 + row }));
  }
  getColumn(column: number): Range {
    return this.derive("getColumn", [column], (b) => ({ ...b, c0: b.c0 + column, c1: b.c0 + column }));
  }
  getEntireColumn(): Range {
    return this.derive("getEntireColumn", [], (b) => ({ ...b, r0: 0, r1: MAX_ROWS - 1 }));
  }

  /** The used part of this range (ExcelApi 1.4), or a null object when every cell is blank. */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const target = this.resolve();
      const used = target ? target.sheet.usedBoxWithin(target.box, valuesOnly) : null;
      return target && used ? { sheet: target.sheet, box: used } : null;
    });
  }

  getTables(fullyContained = false): TableScopedCollection {
    return new TableScopedCollection(this.context, `${this.path}.getTables(${fullyContained})`, () => {
      const target = this.resolve();
      if (!target) return [];
      const { sheet, box } = target;
      return this.context.state.tables.filter(
        (t) => t.sheet === sheet && (fullyContained ? boxContains(box, t.box) : boxesIntersect(box, t.box)),
      );
    });
  }

  /** Selects the range and activates its sheet. */
  select(): void {
    this.queue("select", [], (target) => {
      const state = this.context.state;
      state.selection = { sheet: target.sheet, box: { ...target.box } };
      state.activeSheet = target.sheet;
    });
  }
}
