import { HEADER_FILL } from "./write-xlsx";
import { attributeOf, withAttribute } from "./xlsx-xml";

export interface StyleChange {
  header?: boolean;
  top?: boolean;
  wrap?: boolean;
}

/**
 * The styles part with cell styles appended, never changed: each variant of an existing cell style (the routed
 * header's white bold on blue, aligned to the top, wrapped) is a new cellXfs entry, made once per style and change.
 */
export class StyleBook {
  private readonly xfs: string[];
  private readonly added: string[] = [];
  private readonly variants = new Map<string, number>();
  private readonly dxfs: string[] = [];
  private headerFont = -1;
  private headerFill = -1;

  constructor(private readonly stylesXml: string) {
    const list = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? "";
    this.xfs = list.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
  }

  /** The index of style `base` with the change applied. */
  variant(base: number, change: StyleChange): number {
    const key = `${base}:${change.header ? "h" : ""}${change.top ? "t" : ""}${change.wrap ? "w" : ""}`;
    let index = this.variants.get(key);
    if (index === undefined) {
      index = this.xfs.length + this.added.length;
      this.added.push(
        this.changed(this.xfs[base] ?? this.xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>', change),
      );
      this.variants.set(key, index);
    }
    return index;
  }

  /** A differential style filling the cell (for conditional formatting); returns its dxf index. */
  fillDxf(argb: string): number {
    this.dxfs.push(`<dxf><fill><patternFill patternType="solid"><bgColor rgb="${argb}"/></patternFill></fill></dxf>`);
    return this.existingDxfCount() + this.dxfs.length - 1;
  }

  toXml(): string {
    let xml = this.stylesXml;
    if (this.headerFont >= 0) xml = append(xml, "fonts", ['<font><b/><color rgb="FFFFFFFF"/></font>']);
    if (this.headerFill >= 0)
      xml = append(xml, "fills", [
        `<fill><patternFill patternType="solid"><fgColor rgb="${HEADER_FILL}"/></patternFill></fill>`,
      ]);
    xml = append(xml, "cellXfs", this.added);
    if (this.dxfs.length === 0) return xml;
    if (/<dxfs\b/.test(xml)) return append(xml.replace(/<dxfs\b([^>]*)\/>/, "<dxfs$1></dxfs>"), "dxfs", this.dxfs);
    const element = `<dxfs count="${this.dxfs.length}">${this.dxfs.join("")}</dxfs>`;
    const at = xml.search(/<(tableStyles|colors|extLst)[\s>/]/);
    return at >= 0
      ? xml.slice(0, at) + element + xml.slice(at)
      : xml.replace("</styleSheet>", `${element}</styleSheet>`);
  }

  private existingDxfCount(): number {
    const list = /<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(this.stylesXml)?.[1] ?? "";
    return (list.match(/<dxf\b/g) ?? []).length;
  }

  private changed(xf: string, change: StyleChange): string {
    const open = /^<xf\b[^>]*?(?=\/?>)/.exec(xf)?.[0] ?? "<xf";
    let tag = `${open}>`;
    const children = xf.endsWith("/>") ? "" : xf.slice(open.length + 1, -"</xf>".length);
    let alignment = /<alignment\b[^>]*\/>/.exec(children)?.[0] ?? "<alignment/>";
    const rest = children.replace(/<alignment\b[^>]*\/>/, "");
    if (change.header) {
      tag = withAttribute(withAttribute(tag, "fontId", this.font()), "fillId", this.fill());
      tag = withAttribute(withAttribute(tag, "applyFont", 1), "applyFill", 1);
    }
    if (change.wrap) alignment = withAttribute("<alignment/>", "wrapText", 1);
    if (change.top || change.wrap) {
      alignment = withAttribute(alignment, "vertical", "top");
      tag = withAttribute(tag, "applyAlignment", 1);
    }
    const hasAlignment = alignment !== "<alignment/>";
    return `${tag}${hasAlignment ? alignment : ""}${rest}</xf>`;
  }

  private font(): number {
    if (this.headerFont < 0) this.headerFont = countOf(this.stylesXml, "fonts", "font");
    return this.headerFont;
  }

  private fill(): number {
    if (this.headerFill < 0) this.headerFill = countOf(this.stylesXml, "fills", "fill");
    return this.headerFill;
  }
}

function countOf(xml: string, list: string, item: string): number {
  const body = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? "";
  return (body.match(new RegExp(`<${item}\\b[^>]*?(?:/>|>)`, "g")) ?? []).filter((t) => !t.startsWith(`<${item}s`))
    .length;
}

/** Appends items to a list element and sets its count. */
function append(xml: string, list: string, items: readonly string[]): string {
  if (items.length === 0) return xml;
  const match = new RegExp(`(<${list}\\b[^>]*>)([\\s\\S]*?)(</${list}>)`).exec(xml);
  if (!match) return xml;
  const count = Number(attributeOf(match[1], "count") ?? countOf(xml, list, list.slice(0, -1))) + items.length;
  const open = withAttribute(match[1], "count", count);
  return (
    xml.slice(0, match.index) + open + match[2] + items.join("") + match[3] + xml.slice(match.index + match[0].length)
  );
}
