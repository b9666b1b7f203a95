import { Box, parseAddress } from "./address";
import { ClientObject, OperationQueue } from "./client-object";
import { Collection } from "./collection";
import { FakeOfficeError } from "./errors";
import { Range } from "./range";
import { ensureTableHeaders, TableState } from "./workbook-state";
import { Worksheet } from "./worksheet";

export class Table extends ClientObject<TableState> {
  protected readonly scalarProperties = ["name", "id", "showHeaders"];

  protected override navigation(name: string) {
    return name === "worksheet" ? this.worksheet : undefined;
  }

  protected readProperty(table: TableState, property: string): unknown {
    if (property === "name") return table.name;
    if (property === "id") return table.id;
    if (property === "showHeaders") return true;
    throw new FakeOfficeError("InvalidArgument", `Table has no property "${property}" in this fake`);
  }

  get name(): string {
    return this.read("name");
  }
  /** Renames the table; table names are unique in the workbook, ignoring case. */
  set name(value: string) {
    this.queue("set name", value, (table, undo) => {
      const other = this.context.state.findTable(value);
      if (other && other !== table)
        throw new FakeOfficeError("ItemAlreadyExists", `A table named "${value}" already exists.`);
      const before = table.name;
      table.name = value;
      undo.push(() => (table.name = before));
    });
  }

  get worksheet(): Worksheet {
    return new Worksheet(this.context, `${this.path}.worksheet`, () => this.resolve()?.sheet ?? null);
  }

  private rangeOf(name: string, box: (b: Box) => Box): Range {
    return new Range(this.context, `${this.path}.${name}()`, () => {
      const table = this.resolve();
      return table ? { sheet: table.sheet, box: box(table.box) } : null;
    });
  }

  getRange(): Range {
    return this.rangeOf("getRange", (b) => ({ ...b }));
  }
  getHeaderRowRange(): Range {
    return this.rangeOf("getHeaderRowRange", (b) => ({ ...b, r1: b.r0 }));
  }
  getDataBodyRange(): Range {
    return this.rangeOf("getDataBodyRange", (b) => ({ ...b, r0: b.r0 + 1 }));
  }

  /** ExcelApi 1.13: the header row must stay on the same row and the new range must overlap the old one. */
  resize(newRange: Range | string): void {
    const wire = typeof newRange === "string" ? newRange : newRange.path;
    this.queue("resize", wire, (table, undo) => {
      const target = typeof newRange === "string" ? parseAddress(newRange) : newRange.resolve();
      const box = target?.box;
      if (!box || box.r0 !== table.box.r0 || box.c1 < table.box.c0 || box.c0 > table.box.c1 || box.r1 <= box.r0)
        throw new FakeOfficeError("InvalidArgument", `The table cannot be resized to ${wire}.`);
      const before = table.box;
      table.box = { ...box };
      undo.push(() => (table.box = before));
      ensureTableHeaders(table);
    });
  }
}

function createTable(context: OperationQueue) {
  return (path: string, resolver: () => TableState | null) => new Table(context, path, resolver);
}

export class TableCollection extends Collection<TableState, Table> {
  constructor(context: OperationQueue, path: string, list: () => TableState[]) {
    super(context, path, list, createTable(context));
  }

  getItem(name: string): Table {
    return this.itemBy("getItem", name, (key) => this.context.state.findTable(key));
  }
  getItemOrNullObject(name: string): Table {
    return this.itemOrNullBy("getItemOrNullObject", name, (key) => this.context.state.findTable(key));
  }

  /** Adds a table over `address` (with `Sheet!`, or on the active sheet); its first row is the header. */
  add(address: string, hasHeaders: boolean): Table {
    let added: TableState | undefined;
    this.context.enqueue({
      wire: { path: this.path, method: "add", args: [address, hasHeaders] },
      apply: (undo) => {
        if (!hasHeaders) throw new FakeOfficeError("InvalidArgument", "this fake models tables with headers only");
        const { sheet, box } = parseAddress(address);
        const state = this.context.state;
        added = state.addTable(sheet === undefined ? state.activeSheet : state.sheet(sheet), box);
        undo.push(() => state.tables.splice(state.tables.indexOf(added as TableState), 1));
      },
    });
    return this.createItem(`${this.path}.add(${JSON.stringify(address)})`, () => added ?? null);
  }
}

/** `range.getTables()`: the tables that overlap (or lie inside) a range. */
export class TableScopedCollection extends Collection<TableState, Table> {
  constructor(context: OperationQueue, path: string, list: () => TableState[]) {
    super(context, path, list, createTable(context));
  }

  getFirst(): Table {
    return this.createItem(`${this.path}.getFirst()`, () => {
      const first = this.list()[0];
      if (!first) throw new FakeOfficeError("ItemNotFound", "There are no tables in this range.");
      return first;
    });
  }
}
