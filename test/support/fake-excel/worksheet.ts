import { Box, parseAddress } from "./address";
import { ChartCollection } from "./chart";
import { ClientObject, OperationQueue } from "./client-object";
import { Collection } from "./collection";
import { FakeOfficeError } from "./errors";
import { Range } from "./range";
import { createRangeAreas, RangeAreas } from "./range-areas";
import { SheetState } from "./sheet-state";
import { TableCollection } from "./table";

export class Worksheet extends ClientObject<SheetState> {
  protected readonly scalarProperties = ["name", "id", "position"];

  protected readProperty(sheet: SheetState, property: string): unknown {
    if (property === "name") return sheet.name;
    if (property === "id") return sheet.id;
    if (property === "position") return this.context.state.sheets.indexOf(sheet);
    throw new FakeOfficeError("InvalidArgument", `Worksheet has no property "${property}" in this fake`);
  }

  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }

  get tables(): TableCollection {
    return new TableCollection(this.context, `${this.path}.tables`, () => {
      const sheet = this.resolve();
      return this.context.state.tables.filter((t) => t.sheet === sheet);
    });
  }

  get charts(): ChartCollection {
    return new ChartCollection(this.context, `${this.path}.charts`, () => this.resolve());
  }

  readonly freezePanes = {
    freezeRows: (count: number) =>
      this.queue("freezePanes.freezeRows", [count], (sheet, undo) => {
        const before = sheet.frozenRows;
        sheet.frozenRows = count;
        undo.push(() => (sheet.frozenRows = before));
      }),
  };

  private rangeOn(name: string, args: unknown[], box: (sheet: SheetState) => Box | null): Range {
    return new Range(this.context, `${this.path}.${name}(${JSON.stringify(args).slice(1, -1)})`, () => {
      const sheet = this.resolve();
      if (!sheet) return null;
      const found = box(sheet);
      return found ? { sheet, box: found } : null;
    });
  }

  getRange(address?: string): Range {
    return this.rangeOn("getRange", [address], (sheet) => {
      if (address === undefined) return { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 };
      const parsed = parseAddress(address);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
        throw new FakeOfficeError("InvalidArgument", `"${address}" is not on sheet ${sheet.name}`);
      return parsed.box;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this.rangeOn("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1)
        throw new FakeOfficeError("InvalidArgument", "getRangeByIndexes: bad size");
      return { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
    });
  }

  /** Several areas of this sheet, e.g. `A2:C2, A5:C7` (ExcelApi 1.9). */
  getRanges(address: string): RangeAreas {
    return createRangeAreas(
      this.context,
      `${this.path}.getRanges(${JSON.stringify(address)})`,
      () => this.resolve(),
      address,
    );
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The used range; a blank sheet gives A1, as in Excel. */
  getUsedRange(valuesOnly = false): Range {
    return this.rangeOn(
      "getUsedRange",
      [valuesOnly],
      (sheet) => sheet.usedBox(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this.rangeOn("getUsedRangeOrNullObject", [valuesOnly], (sheet) => sheet.usedBox(valuesOnly));
  }

  activate(): void {
    this.queue("activate", [], (sheet) => (this.context.state.activeSheet = sheet));
  }
}

function createWorksheet(context: OperationQueue) {
  return (path: string, resolver: () => SheetState | null) => new Worksheet(context, path, resolver);
}

export class WorksheetCollection extends Collection<SheetState, Worksheet> {
  constructor(context: OperationQueue, path: string) {
    super(context, path, () => context.state.sheets, createWorksheet(context));
  }

  getActiveWorksheet(): Worksheet {
    return this.createItem(`${this.path}.getActiveWorksheet()`, () => this.context.state.activeSheet);
  }
  getItem(name: string): Worksheet {
    return this.itemBy("getItem", name, (key) => this.context.state.findSheet(key));
  }
  getItemOrNullObject(name: string): Worksheet {
    return this.itemOrNullBy("getItemOrNullObject", name, (key) => this.context.state.findSheet(key));
  }

  add(name: string): Worksheet {
    let added: SheetState | undefined;
    this.context.enqueue({
      wire: { path: this.path, method: "add", args: [name] },
      apply: (undo) => {
        added = this.context.state.addSheet(name);
        const sheets = this.context.state.sheets;
        undo.push(() => sheets.splice(sheets.indexOf(added as SheetState), 1));
      },
    });
    return this.createItem(`${this.path}.add(${JSON.stringify(name)})`, () => added ?? null);
  }
}
