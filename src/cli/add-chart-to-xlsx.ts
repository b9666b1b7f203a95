import type JSZip from "jszip";
import { BarChartData, barChartXml, ChartAnchor, chartDrawingXml, escapeXml } from "./xlsx-chart-xml";

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DRAWING_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const CHART_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CHART_CONTENT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_CONTENT = "application/vnd.openxmlformats-officedocument.drawing+xml";
/** Worksheet children that come after `<drawing>` in the schema's sequence. */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls"];
const AFTER_DRAWING_TOO = ["webPublishItems", "tableParts", "extLst"];

/**
 * Adds a bar chart to one sheet of an XLSX package (exceljs reads charts but cannot write them): a chart part, a
 * drawing part anchoring it, their relationships and content types. Part numbers never clash with existing parts.
 */
export async function addChartToXlsx(
  xlsx: Buffer,
  sheetName: string,
  chart: BarChartData,
  anchor: ChartAnchor,
): Promise<Buffer> {
  const zip = await (await import("jszip")).default.loadAsync(xlsx);
  const sheetPath = await worksheetPath(zip, sheetName);
  const chartNumber = nextFree(zip, "xl/charts/chart");
  const drawingNumber = nextFree(zip, "xl/drawings/drawing");
  zip.file(`xl/charts/chart${chartNumber}.xml`, barChartXml(chart));
  zip.file(`xl/drawings/drawing${drawingNumber}.xml`, chartDrawingXml("rId1", anchor));
  zip.file(
    `xl/drawings/_rels/drawing${drawingNumber}.xml.rels`,
    relationships([{ id: "rId1", type: CHART_TYPE, target: `../charts/chart${chartNumber}.xml` }]),
  );
  const sheetRelsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");
  const drawingRelId = await addRelationship(
    zip,
    sheetRelsPath,
    DRAWING_TYPE,
    `../drawings/drawing${drawingNumber}.xml`,
  );
  zip.file(sheetPath, insertDrawing(await text(zip, sheetPath), drawingRelId));
  let types = await text(zip, "[Content_Types].xml");
  types = addOverride(types, `/xl/charts/chart${chartNumber}.xml`, CHART_CONTENT);
  types = addOverride(types, `/xl/drawings/drawing${drawingNumber}.xml`, DRAWING_CONTENT);
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`the XLSX package has no ${name}`);
  return file.async("string");
}

function attribute(element: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
}

const unescapeXml = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The package path of a sheet, through workbook.xml and its relationships. */
async function worksheetPath(zip: JSZip, sheetName: string): Promise<string> {
  const workbook = await text(zip, "xl/workbook.xml");
  const sheet = (workbook.match(/<sheet\s[^>]*>/g) ?? []).find(
    (e) => unescapeXml(attribute(e, "name") ?? "") === sheetName,
  );
  const relId = sheet && attribute(sheet, "r:id");
  if (!relId) throw new Error(`the XLSX package has no sheet "${sheetName}"`);
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const rel = (rels.match(/<Relationship\s[^>]*>/g) ?? []).find((e) => attribute(e, "Id") === relId);
  const target = rel && attribute(rel, "Target");
  if (!target) throw new Error(`the XLSX package has no part for sheet "${sheetName}"`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function nextFree(zip: JSZip, prefix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`)) n++;
  return n;
}

function relationships(list: { id: string; type: string; target: string }[]): string {
  const items = list.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${items.join("")}</Relationships>`;
}

/** Adds a relationship to a part's .rels (created when missing); returns its new, unused Id. */
async function addRelationship(zip: JSZip, relsPath: string, type: string, target: string): Promise<string> {
  const existing = zip.file(relsPath) ? await text(zip, relsPath) : relationships([]);
  let n = 1;
  while (existing.includes(`Id="rId${n}"`)) n++;
  const id = `rId${n}`;
  const item = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  zip.file(relsPath, existing.replace("</Relationships>", `${item}</Relationships>`));
  return id;
}

function insertDrawing(sheetXml: string, relId: string): string {
  if (/<drawing[\s>]/.test(sheetXml)) throw new Error("the sheet already has a drawing");
  let xml = sheetXml;
  const root = /<worksheet\b[^>]*>/.exec(xml)?.[0];
  if (root && !root.includes("xmlns:r=")) {
    xml = xml.replace(
      root,
      root.replace(/>$/, ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`),
    );
  }
  const element = `<drawing r:id="${relId}"/>`;
  for (const tag of [...AFTER_DRAWING, ...AFTER_DRAWING_TOO]) {
    const at = xml.search(new RegExp(`<${tag}[\\s>/]`));
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  return xml.replace("</worksheet>", `${element}</worksheet>`);
}

function addOverride(types: string, partName: string, contentType: string): string {
  if (types.includes(`PartName="${partName}"`)) return types;
  return types.replace("</Types>", `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`);
}
