import { ClientObject, OperationQueue } from "./client-object";
import { Collection } from "./collection";
import { FakeOfficeError } from "./errors";
import { Range } from "./range";
import { TableCollection } from "./table";
import { WorksheetCollection } from "./worksheet";

interface SettingEntry {
  key: string;
}

/** A workbook setting (ExcelApi 1.4): its value is stored as JSON and travels with the file. */
export class Setting extends ClientObject<SettingEntry> {
  protected readonly scalarProperties = ["key", "value"];

  protected readProperty(entry: SettingEntry, property: string): unknown {
    if (property === "key") return entry.key;
    if (property === "value") return JSON.parse(this.context.state.settings.get(entry.key) as string);
    throw new FakeOfficeError("InvalidArgument", `Setting has no property "${property}"`);
  }

  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }

  delete(): void {
    this.queue("delete", [], (entry, undo) => {
      const settings = this.context.state.settings;
      const before = settings.get(entry.key);
      settings.delete(entry.key);
      if (before !== undefined) undo.push(() => settings.set(entry.key, before));
    });
  }
}

export class SettingCollection extends Collection<SettingEntry, Setting> {
  constructor(context: OperationQueue) {
    const list = () => [...context.state.settings.keys()].map((key) => ({ key }));
    super(context, "workbook.settings", list, (path, resolver) => new Setting(context, path, resolver));
  }

  private find = (key: string) => (this.context.state.settings.has(key) ? { key } : undefined);

  add(key: string, value: unknown): Setting {
    const json = JSON.stringify(value);
    this.context.enqueue({
      wire: { path: this.path, method: "add", args: [key, json] },
      apply: (undo) => {
        const settings = this.context.state.settings;
        const before = settings.get(key);
        settings.set(key, json);
        undo.push(() => (before === undefined ? settings.delete(key) : settings.set(key, before)));
      },
    });
    return this.itemBy("getItem", key, this.find);
  }
  getItem(key: string): Setting {
    return this.itemBy("getItem", key, this.find);
  }
  getItemOrNullObject(key: string): Setting {
    return this.itemOrNullBy("getItemOrNullObject", key, this.find);
  }
}

export class Workbook {
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly settings: SettingCollection;
  readonly application = {
    suspendApiCalculationUntilNextSync: () => this.record("application.suspendApiCalculationUntilNextSync"),
    suspendScreenUpdatingUntilNextSync: () => this.record("application.suspendScreenUpdatingUntilNextSync"),
  };
  private readonly context: OperationQueue;

  constructor(context: OperationQueue) {
    this.context = context;
    this.worksheets = new WorksheetCollection(context, "workbook.worksheets");
    this.tables = new TableCollection(context, "workbook.tables", () => context.state.tables);
    this.settings = new SettingCollection(context);
  }

  getSelectedRange(): Range {
    return new Range(this.context, "workbook.getSelectedRange()", () => {
      const { sheet, box } = this.context.state.selection;
      return { sheet, box: { ...box } };
    });
  }

  private record(method: string): void {
    this.context.enqueue({ wire: { path: "workbook", method }, apply: () => undefined });
  }
}
