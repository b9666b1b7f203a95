import { ClientObject, OperationQueue } from "./client-object";
import { Collection } from "./collection";
import { FakeOfficeError } from "./errors";
import type { Range } from "./range";
import { qualifiedAddress } from "./address";
import type { ChartState, SheetState } from "./sheet-state";

/** A chart on a worksheet: `name`, `title.text`, `legend.position`, `setPosition`, `delete` (ExcelApi 1.1). */
export class Chart extends ClientObject<{ sheet: SheetState; chart: ChartState }> {
  protected readonly scalarProperties = ["name", "chartType"];

  protected readProperty({ chart }: { chart: ChartState }, property: string): unknown {
    if (property === "name") return chart.name;
    if (property === "chartType") return chart.type;
    throw new FakeOfficeError("InvalidArgument", `Chart has no property "${property}" in this fake`);
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.change("name", value, (chart) => (chart.name = value));
  }

  get title(): { text: string } {
    const change = (value: string) => this.change("title.text", value, (chart) => (chart.title = value));
    return {
      get text(): string {
        throw new FakeOfficeError("InvalidArgument", "this fake records title.text but does not read it");
      },
      set text(value: string) {
        change(value);
      },
    };
  }

  get legend(): { position: string } {
    const change = (value: string) => this.change("legend.position", value, (chart) => (chart.legendPosition = value));
    return {
      get position(): string {
        throw new FakeOfficeError("InvalidArgument", "this fake records legend.position but does not read it");
      },
      set position(value: string) {
        change(value);
      },
    };
  }

  /** `axes.categoryAxis.reversePlotOrder` (ExcelApi 1.7): a bar chart then lists its first category on top. */
  get axes(): { categoryAxis: { reversePlotOrder: boolean } } {
    const change = (value: boolean) =>
      this.change("axes.categoryAxis.reversePlotOrder", value, (chart) => (chart.categoriesReversed = value));
    return {
      categoryAxis: {
        get reversePlotOrder(): boolean {
          throw new FakeOfficeError("InvalidArgument", "this fake records reversePlotOrder but does not read it");
        },
        set reversePlotOrder(value: boolean) {
          change(value);
        },
      },
    };
  }

  /** Places the chart over a cell range (top-left cell, optional bottom-right cell). */
  setPosition(startCell: string, endCell?: string): void {
    this.change("setPosition", [startCell, endCell], (chart) => (chart.position = { startCell, endCell }));
  }

  delete(): void {
    this.queue("delete", [], ({ sheet, chart }, undo) => {
      const index = sheet.charts.indexOf(chart);
      sheet.charts.splice(index, 1);
      undo.push(() => sheet.charts.splice(index, 0, chart));
    });
  }

  private change(property: string, value: unknown, apply: (chart: ChartState) => void): void {
    this.queue(`set ${property}`, value, ({ chart }, undo) => {
      const before = structuredClone(chart);
      apply(chart);
      undo.push(() => Object.assign(chart, before));
    });
  }
}

/** `worksheet.charts`: `add(type, sourceData, seriesBy)` records the chart on the sheet. */
export class ChartCollection extends Collection<{ sheet: SheetState; chart: ChartState }, Chart> {
  constructor(context: OperationQueue, path: string, sheet: () => SheetState | null) {
    super(
      context,
      path,
      () => {
        const found = sheet();
        return found ? found.charts.map((chart) => ({ sheet: found, chart })) : [];
      },
      (itemPath, resolver) => new Chart(context, itemPath, resolver),
    );
    this.sheetOf = sheet;
  }
  private readonly sheetOf: () => SheetState | null;

  add(type: string, sourceData: Range, seriesBy = "Auto"): Chart {
    let added: { sheet: SheetState; chart: ChartState } | undefined;
    this.context.enqueue({
      wire: { path: this.path, method: "add", args: [type, sourceData.path, seriesBy] },
      apply: (undo) => {
        const sheet = this.sheetOf();
        const source = sourceData.resolve();
        if (!sheet || !source) throw new FakeOfficeError("InvalidObjectPath", "charts.add on a null object");
        const chart: ChartState = {
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          source: qualifiedAddress(source.sheet.name, source.box),
          seriesBy,
        };
        sheet.charts.push(chart);
        added = { sheet, chart };
        undo.push(() => sheet.charts.splice(sheet.charts.indexOf(chart), 1));
      },
    });
    return this.createItem(`${this.path}.add(${JSON.stringify(type)})`, () => added ?? null);
  }
}
