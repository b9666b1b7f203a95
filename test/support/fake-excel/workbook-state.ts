import { Box, parseAddress } from "./address";
import { FakeOfficeError } from "./errors";
import { SheetState, StoredValue } from "./sheet-state";

export interface TableState {
  id: string;
  name: string;
  sheet: SheetState;
  /** The whole table, header row included. */
  box: Box;
}

/** Everything the fake workbook holds; proxies read and change it only during a sync. */
export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly settings = new Map<string, string>();
  activeSheet: SheetState;
  /** The selected range; `areas` when several ranges are selected at once (`RangeAreas.select`). */
  selection: { sheet: SheetState; box: Box; areas?: Box[] };
  private nextId = 1;

  constructor(firstSheetName = "Sheet1") {
    this.activeSheet = this.addSheet(firstSheetName);
    this.selection = { sheet: this.activeSheet, box: { r0: 0, c0: 0, r1: 0, c1: 0 } };
  }

  addSheet(name: string): SheetState {
    if (this.findSheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    const sheet = new SheetState(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    return sheet;
  }

  findSheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): SheetState {
    const sheet = this.findSheet(name);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `The sheet "${name}" does not exist.`);
    return sheet;
  }

  addTable(sheet: SheetState, box: Box, name?: string): TableState {
    const table = { id: String(this.nextId++), name: name ?? `Table${this.tables.length + 1}`, sheet, box };
    if (this.findTable(table.name)) throw new FakeOfficeError("ItemAlreadyExists", `Table "${table.name}" exists.`);
    this.tables.push(table);
    ensureTableHeaders(table);
    return table;
  }

  findTable(name: string): TableState | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** Test arrangement: writes a block of cells directly, without a request (not visible to sync counters). */
  writeCells(sheetName: string, topLeft: string, rows: readonly (readonly StoredValue[])[]): void {
    const sheet = this.sheet(sheetName);
    const { box } = parseAddress(topLeft);
    rows.forEach((row, r) => row.forEach((value, c) => sheet.setValue(box.r0 + r, box.c0 + c, value)));
  }
}

/** Excel gives every table column a unique, non-blank header (`Column1`, `Name2`…). */
export function ensureTableHeaders(table: TableState): void {
  const { sheet, box } = table;
  const seen = new Set<string>();
  for (let c = box.c0; c <= box.c1; c++) {
    let header = String(sheet.getValue(box.r0, c)).trim();
    if (header === "") header = `Column${c - box.c0 + 1}`;
    let unique = header;
    for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${header}${n}`;
    seen.add(unique.toLowerCase());
    if (unique !== sheet.getValue(box.r0, c)) sheet.setValue(box.r0, c, unique);
  }
}
