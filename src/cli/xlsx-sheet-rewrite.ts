import { resultCells } from "../engine";
import { OUTPUT_COLUMNS } from "../parsing";
import type { Routed } from "./route-cohort-file";
import { StyleBook } from "./xlsx-styles-edit";
import { attributeOf, columnLetters, columnNumberOf, escapeText, withAttribute } from "./xlsx-xml";
import { LINE_HEIGHT_POINTS, rowHeightFor } from "./write-xlsx";

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const REASONS = OUTPUT_COLUMNS.indexOf("Reasons");

export interface SheetLayout {
  /** 1-based header row. */
  headerRow: number;
  /** Input columns (all kept); the outputs follow them. */
  width: number;
  lastRow: number;
}

/**
 * The cohort sheet's rows with the outputs appended, one row at a time: cells of the rows above the header as they
 * were, the header white bold on blue, each routed row as tall as its Reasons and aligned to the top when taller
 * than a line. Input cells keep their XML; only their style index changes. New cells hold inline strings, so the
 * shared strings stay as they were.
 */
export function* rewrittenRows(sheetXml: string, routed: Routed, layout: SheetLayout, styles: StyleBook) {
  const { headerRow, width } = layout;
  const data = sheetXml.slice(sheetXml.indexOf("<sheetData>") + "<sheetData>".length, sheetXml.indexOf("</sheetData>"));
  let next = 1;
  const topStyles = new Map<number, number>();
  const toTop = (s: number) => {
    let top = topStyles.get(s);
    if (top === undefined) topStyles.set(s, (top = styles.variant(s, { top: true })));
    return top;
  };
  const reasonsStyle = styles.variant(0, { wrap: true });
  const synthesize = function* (upTo: number) {
    for (; next < upTo; next++) if (next > headerRow) yield routedRow(next, "", undefined);
  };
  const routedRow = (r: number, attributes: string, inner: string | undefined) => {
    const cells = resultCells(routed.results[r - headerRow - 1], routed.policy);
    const height = rowHeightFor(cells.Reasons);
    const tall = height > LINE_HEIGHT_POINTS;
    const open = withAttribute(withAttribute(rowTag(r, attributes), "ht", height), "customHeight", 1);
    const input = tall ? restyled(inner ?? "", toTop) : (inner ?? "");
    const outputs = OUTPUT_COLUMNS.map((name, i) => {
      const style = i === REASONS ? reasonsStyle : tall ? toTop(0) : undefined;
      return cells[name] === "" ? "" : textCell(width + 1 + i, r, cells[name], style);
    });
    return `${open}${input}${outputs.join("")}</row>`;
  };
  for (const match of data.matchAll(ROW)) {
    const r = Number(attributeOf(match[1], "r"));
    yield* synthesize(r);
    next = r + 1;
    if (r < headerRow) yield match[0];
    else if (r === headerRow) yield headerRowXml(r, match[1], match[2] ?? "", width, styles);
    else yield routedRow(r, match[1], match[2]);
  }
  yield* synthesize(layout.lastRow + 1);
}

function rowTag(r: number, attributes: string): string {
  return withAttribute(withAttribute(`<row${attributes}>`, "r", r), "spans", undefined);
}

function textCell(column: number, row: number, text: string, style: number | undefined): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  return `<c r="${columnLetters(column)}${row}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(text)}</t></is></c>`;
}

const CELL_OPEN = /<c\b([^>]*?)(\/?)>/g;
const STYLE = / s="(\d+)"/;

/** The cells with each one's style index replaced (only their opening tags change). */
function restyled(inner: string, style: (s: number) => number): string {
  return inner.replace(CELL_OPEN, (_, attributes: string, close: string) => {
    const own = STYLE.exec(attributes);
    if (own === null) return `<c${attributes} s="${style(0)}"${close}>`;
    return `<c${attributes.replace(STYLE, ` s="${style(Number(own[1]))}"`)}${close}>`;
  });
}

function headerRowXml(r: number, attributes: string, inner: string, width: number, styles: StyleBook): string {
  const header = (s: number) => styles.variant(s, { header: true, top: true });
  const byColumn = new Map<number, string>();
  for (const cell of restyled(inner, header).match(CELL) ?? [])
    byColumn.set(columnNumberOf(attributeOf(cell, "r") ?? ""), cell);
  const rowStyle = attributeOf(attributes, "customFormat") === "1" ? Number(attributeOf(attributes, "s") ?? "0") : 0;
  const cells: string[] = [];
  for (let column = 1; column <= width; column++)
    cells.push(byColumn.get(column) ?? `<c r="${columnLetters(column)}${r}" s="${header(rowStyle)}"/>`);
  OUTPUT_COLUMNS.forEach((name, i) => {
    const style = styles.variant(0, { header: true, top: true, wrap: i === REASONS });
    cells.push(textCell(width + 1 + i, r, name, style));
  });
  return `${rowTag(r, attributes)}${cells.join("")}</row>`;
}
