import { Box } from "./address";

/** What a cell can hold in the fake: Excel reads an empty cell as "". */
export type StoredValue = string | number | boolean;

/** A conditional format as Excel would store it, kept so tests can assert on it. */
export interface ConditionalFormatState {
  box: Box;
  type: string;
  rule?: { operator: string; text: string };
  fontColor?: string;
  fillColor?: string;
}

/** A chart as `worksheet.charts.add` made it, kept so tests can assert on it. */
export interface ChartState {
  name: string;
  type: string;
  /** The source range's address, e.g. `Summary!K8:M14`. */
  source: string;
  seriesBy: string;
  title?: string;
  legendPosition?: string;
  categoriesReversed?: boolean;
  position?: { startCell: string; endCell?: string };
}

export const GENERAL = "General";

/** One worksheet: sparse rows of values and number formats, plus the formatting calls tests assert on. */
export class SheetState {
  readonly values = new Map<number, StoredValue[]>();
  readonly formats = new Map<number, string[]>();
  /** Formatting set on ranges, keyed by A1 box then property (`font.bold`, `fill.color`, `wrapText`…). */
  readonly rangeFormats = new Map<string, Record<string, unknown>>();
  readonly columnWidths = new Map<number, number>();
  readonly conditionalFormats: ConditionalFormatState[] = [];
  readonly charts: ChartState[] = [];
  frozenRows = 0;
  private version = 0;
  private usedCache = new Map<boolean, { version: number; box: Box | null }>();

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  getValue(row: number, column: number): StoredValue {
    return this.values.get(row)?.[column] ?? "";
  }

  setValue(row: number, column: number, value: StoredValue): void {
    let cells = this.values.get(row);
    if (!cells) {
      if (value === "") return;
      cells = [];
      this.values.set(row, cells);
    }
    cells[column] = value;
    this.version++;
  }

  getFormat(row: number, column: number): string {
    return this.formats.get(row)?.[column] ?? GENERAL;
  }

  setFormat(row: number, column: number, format: string): void {
    let cells = this.formats.get(row);
    if (!cells) {
      if (format === GENERAL) return;
      cells = [];
      this.formats.set(row, cells);
    }
    cells[column] = format;
    this.version++;
  }

  /** The bounding box of cells with values (and, unless `valuesOnly`, non-General number formats). */
  usedBox(valuesOnly: boolean): Box | null {
    const cached = this.usedCache.get(valuesOnly);
    if (cached && cached.version === this.version) return cached.box;
    let box: Box | null = null;
    const include = (row: number, cells: readonly unknown[], isUsed: (cell: unknown) => boolean) => {
      cells.forEach((cell, column) => {
        if (!isUsed(cell)) return;
        if (!box) box = { r0: row, c0: column, r1: row, c1: column };
        else {
          box.r0 = Math.min(box.r0, row);
          box.r1 = Math.max(box.r1, row);
          box.c0 = Math.min(box.c0, column);
          box.c1 = Math.max(box.c1, column);
        }
      });
    };
    for (const [row, cells] of this.values) include(row, cells, (cell) => cell !== undefined && cell !== "");
    if (!valuesOnly) {
      for (const [row, cells] of this.formats) include(row, cells, (cell) => cell !== undefined && cell !== GENERAL);
    }
    this.usedCache.set(valuesOnly, { version: this.version, box });
    return box;
  }

  /** The bounding box of the used cells inside `within`, or null when all are blank. */
  usedBoxWithin(within: Box, valuesOnly: boolean): Box | null {
    let used: Box | null = null;
    const maps: [Map<number, unknown[]>, (cell: unknown) => boolean][] = [
      [this.values, (cell) => cell !== undefined && cell !== ""],
    ];
    if (!valuesOnly) maps.push([this.formats, (cell) => cell !== undefined && cell !== GENERAL]);
    for (const [map, isUsed] of maps) {
      for (const [row, cells] of map) {
        if (row < within.r0 || row > within.r1) continue;
        for (let c = within.c0; c <= Math.min(within.c1, cells.length - 1); c++) {
          if (!isUsed(cells[c])) continue;
          used = used
            ? {
                r0: Math.min(used.r0, row),
                c0: Math.min(used.c0, c),
                r1: Math.max(used.r1, row),
                c1: Math.max(used.c1, c),
              }
            : { r0: row, c0: c, r1: row, c1: c };
        }
      }
    }
    return used;
  }
}
