import { OUTPUT_COLUMNS, type CellValue } from "../parsing";
import { fittedWidth, PRINT_SCALE, STATUS_FILLS, WIDTHS } from "./write-xlsx";
import type { SheetLayout } from "./xlsx-sheet-rewrite";
import { StyleBook } from "./xlsx-styles-edit";
import { attributeOf, columnLetters, escapeText, putElement, withAttribute } from "./xlsx-xml";

/** The worksheet's elements after `<sheetData>` in the schema's order, from autoFilter on. */
const AFTER_FILTER = ["sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr"];
const AFTER_FORMATTING = ["dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup"];
const AFTER_SETUP = ["headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors"];
const LAST = ["smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls"];
const TAIL = ["webPublishItems", "tableParts", "extLst"];

/** The part before `<sheetData>`: dimension, frozen header, column widths (Reasons wrapped), not fitting to page. */
export function sheetHead(
  head: string,
  rows: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  styles: StyleBook,
): string {
  const { headerRow, width, lastRow } = layout;
  const lastColumn = width + OUTPUT_COLUMNS.length;
  let xml = head.replace(/(<pageSetUpPr\b[^>]*\sfitToPage=")(1|true)"/, '$10"');
  xml = putElement(
    xml,
    "dimension",
    `<dimension ref="A1:${columnLetters(lastColumn)}${lastRow}"/>`,
    ["sheetViews", "sheetFormatPr", "cols"],
    "<sheetData",
  );
  const viewTag = /<sheetView\b[^>]*?(?=\/?>)/.exec(xml)?.[0] ?? '<sheetView workbookViewId="0"';
  const below = `A${headerRow + 1}`;
  const pane = `<pane ySplit="${headerRow}" topLeftCell="${below}" activePane="bottomLeft" state="frozen"/>`;
  const views = `<sheetViews>${viewTag}>${pane}<selection pane="bottomLeft" activeCell="${below}" sqref="${below}"/></sheetView></sheetViews>`;
  xml = putElement(xml, "sheetViews", views, ["sheetFormatPr", "cols"], "<sheetData");
  return putElement(xml, "cols", columns(xml, rows, layout, styles), [], "<sheetData");
}

function columns(head: string, rows: readonly (readonly CellValue[])[], layout: SheetLayout, styles: StyleBook) {
  const lastColumn = layout.width + OUTPUT_COLUMNS.length;
  const existing = (/<cols>([\s\S]*?)<\/cols>/.exec(head)?.[1].match(/<col\b[^>]*\/>/g) ?? []).map((tag) => ({
    tag,
    min: Number(attributeOf(tag, "min")),
    max: Number(attributeOf(tag, "max")),
  }));
  const tags: string[] = [];
  for (let column = 1; column <= lastColumn; column++) {
    const own = existing.find((c) => c.min <= column && column <= c.max);
    let tag = withAttribute(withAttribute(own?.tag ?? "<col/>", "min", column), "max", column);
    if (column <= layout.width) {
      const set =
        own && attributeOf(own.tag, "width") !== undefined ? Number(attributeOf(own.tag, "width")) : undefined;
      const width = fittedWidth(rows, column - 1, layout.headerRow - 1, set);
      if (width !== set) tag = withAttribute(withAttribute(tag, "width", width), "customWidth", 1);
    } else {
      const name = OUTPUT_COLUMNS[column - layout.width - 1];
      tag = withAttribute(withAttribute(tag, "width", WIDTHS[name]), "customWidth", 1);
      if (name === "Reasons") tag = withAttribute(tag, "style", styles.variant(0, { wrap: true }));
    }
    tags.push(tag);
  }
  for (const c of existing)
    if (c.max > lastColumn) tags.push(withAttribute(c.tag, "min", Math.max(c.min, lastColumn + 1)));
  return `<cols>${tags.join("")}</cols>`;
}

/** The part after `</sheetData>`: autofilter over the table, status colours, landscape at 60% over then down. */
export function sheetTail(tail: string, layout: SheetLayout, styles: StyleBook): string {
  const { headerRow, width, lastRow } = layout;
  const lastColumn = columnLetters(width + OUTPUT_COLUMNS.length);
  const filter = `<autoFilter ref="A${headerRow}:${lastColumn}${Math.max(lastRow, headerRow)}"/>`;
  let xml = putElement(
    tail,
    "autoFilter",
    filter,
    [...AFTER_FILTER, "conditionalFormatting", ...AFTER_FORMATTING, ...AFTER_SETUP, ...LAST, ...TAIL],
    "</worksheet>",
  );
  if (lastRow > headerRow) {
    const status = columnLetters(width + 1 + OUTPUT_COLUMNS.indexOf("Status"));
    const rules = Object.entries(STATUS_FILLS).map(
      ([name, argb], i) =>
        `<cfRule type="cellIs" dxfId="${styles.fillDxf(argb)}" priority="${i + 1}" operator="equal"><formula>${escapeText(`"${name}"`)}</formula></cfRule>`,
    );
    const formatting = `<conditionalFormatting sqref="${status}${headerRow + 1}:${status}${lastRow}">${rules.join("")}</conditionalFormatting>`;
    xml = insertBefore(xml, formatting, [...AFTER_FORMATTING, ...AFTER_SETUP, ...LAST, ...TAIL]);
  }
  const old = /<pageSetup\b[^>]*\/>/.exec(xml)?.[0] ?? "<pageSetup/>";
  let setup = withAttribute(withAttribute(old, "orientation", "landscape"), "scale", PRINT_SCALE);
  setup = withAttribute(
    withAttribute(withAttribute(setup, "pageOrder", "overThenDown"), "fitToWidth", undefined),
    "fitToHeight",
    undefined,
  );
  return putElement(xml, "pageSetup", setup, [...AFTER_SETUP, ...LAST, ...TAIL], "</worksheet>");
}

function insertBefore(xml: string, element: string, before: readonly string[]): string {
  for (const tag of before) {
    const at = xml.search(new RegExp(`<${tag}[\\s>/]`));
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  const at = xml.lastIndexOf("</worksheet>");
  return xml.slice(0, at) + element + xml.slice(at);
}
