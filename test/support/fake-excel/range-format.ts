import { formatBox } from "./address";
import { ClientObject, OperationQueue } from "./client-object";
import type { RangeTarget } from "./range";
import { ConditionalFormatState, SheetState } from "./sheet-state";

type Resolver = () => RangeTarget | null;

/** Records a formatting property on the range's box (`font.bold`, `fill.color`…), with undo. */
function recordFormat(target: RangeTarget, property: string, value: unknown, undo: (() => void)[]): void {
  const key = formatBox(target.box);
  const before = target.sheet.rangeFormats.get(key);
  target.sheet.rangeFormats.set(key, { ...before, [property]: value });
  undo.push(() => (before ? target.sheet.rangeFormats.set(key, before) : target.sheet.rangeFormats.delete(key)));
}

abstract class FormatPart extends ClientObject<RangeTarget> {
  protected readonly scalarProperties: string[] = [];
  protected readProperty(target: RangeTarget, property: string): unknown {
    return target.sheet.rangeFormats.get(formatBox(target.box))?.[`${this.prefix}${property}`] ?? null;
  }
  protected abstract readonly prefix: string;
  protected setFormat(property: string, value: unknown): void {
    this.queue(`set ${this.prefix}${property}`, value, (target, undo) =>
      recordFormat(target, `${this.prefix}${property}`, value, undo),
    );
  }
}

export class RangeFont extends FormatPart {
  protected readonly prefix = "font.";
  set bold(value: boolean) {
    this.setFormat("bold", value);
  }
  set color(value: string) {
    this.setFormat("color", value);
  }
}

export class RangeFill extends FormatPart {
  protected readonly prefix = "fill.";
  set color(value: string) {
    this.setFormat("color", value);
  }
}

const CHARACTER_WIDTH = 7;

export class RangeFormat extends FormatPart {
  protected readonly prefix = "";
  readonly font = new RangeFont(this.context, `${this.path}.font`, () => this.resolve());
  readonly fill = new RangeFill(this.context, `${this.path}.fill`, () => this.resolve());

  set wrapText(value: boolean) {
    this.setFormat("wrapText", value);
  }
  set horizontalAlignment(value: string) {
    this.setFormat("horizontalAlignment", value);
  }
  set verticalAlignment(value: string) {
    this.setFormat("verticalAlignment", value);
  }
  set columnWidth(points: number) {
    this.queue("set columnWidth", points, ({ sheet, box }, undo) => {
      for (let c = box.c0; c <= box.c1; c++) setWidth(sheet, c, points, undo);
    });
  }

  /** Fits each column to its longest text, roughly as Excel does (characters × 7 points). */
  autofitColumns(): void {
    this.queue("autofitColumns", [], ({ sheet, box }, undo) => {
      for (let c = box.c0; c <= box.c1; c++) {
        let longest = 0;
        for (const [row, cells] of sheet.values) {
          if (row < box.r0 || row > box.r1) continue;
          const text = String(cells[c] ?? "");
          for (const line of text.split("\n")) longest = Math.max(longest, line.length);
        }
        setWidth(sheet, c, Math.max(8, longest) * CHARACTER_WIDTH, undo);
      }
    });
  }
}

function setWidth(sheet: SheetState, column: number, points: number, undo: (() => void)[]): void {
  const before = sheet.columnWidths.get(column);
  sheet.columnWidths.set(column, points);
  undo.push(() => (before === undefined ? sheet.columnWidths.delete(column) : sheet.columnWidths.set(column, before)));
}

/** `range.conditionalFormats`: `add("ContainsText")` then set `textComparison.rule` and its format. */
export class ConditionalFormatCollection {
  constructor(
    private readonly context: OperationQueue,
    private readonly path: string,
    private readonly resolve: Resolver,
  ) {}

  add(type: string) {
    let created: ConditionalFormatState | undefined;
    const path = `${this.path}.conditionalFormats.add`;
    this.context.enqueue({
      wire: { path, method: "conditionalFormats.add", args: [type] },
      apply: (undo) => {
        const target = this.resolve();
        if (!target) return;
        created = { box: { ...target.box }, type };
        const list = target.sheet.conditionalFormats;
        list.push(created);
        undo.push(() => list.splice(list.indexOf(created as ConditionalFormatState), 1));
      },
    });
    const update = (property: string, value: unknown, change: (cf: ConditionalFormatState) => void) =>
      this.context.enqueue({
        wire: { path, method: `set ${property}`, value },
        apply: () => {
          if (created) change(created);
        },
      });
    return {
      textComparison: {
        set rule(rule: { operator: string; text: string }) {
          update("rule", rule, (cf) => (cf.rule = { ...rule }));
        },
        format: {
          font: {
            set color(color: string) {
              update("font.color", color, (cf) => (cf.fontColor = color));
            },
          },
          fill: {
            set color(color: string) {
              update("fill.color", color, (cf) => (cf.fillColor = color));
            },
          },
        },
      },
    };
  }

  /** Removes every conditional format that overlaps the range. */
  clearAll(): void {
    this.context.enqueue({
      wire: { path: `${this.path}.conditionalFormats`, method: "clearAll" },
      apply: (undo) => {
        const target = this.resolve();
        if (!target) return;
        const list = target.sheet.conditionalFormats;
        const before = [...list];
        const { box } = target;
        const kept = list.filter(
          (cf) => cf.box.r1 < box.r0 || cf.box.r0 > box.r1 || cf.box.c1 < box.c0 || cf.box.c0 > box.c1,
        );
        list.splice(0, list.length, ...kept);
        undo.push(() => list.splice(0, list.length, ...before));
      },
    });
  }
}
