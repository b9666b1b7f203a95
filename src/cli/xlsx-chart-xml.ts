/** The XML parts of one horizontal bar chart (DrawingML), for adding to an XLSX package that exceljs wrote. */

export interface BarChartData {
  title: string;
  /** Cell references with the sheet, e.g. `'Comparison'!$H$6:$H$20`. */
  seriesNameRef: string;
  categoriesRef: string;
  valuesRef: string;
  seriesName: string;
  /** Cached copies of the referenced cells, so a viewer shows the chart without recalculating. */
  categories: readonly string[];
  values: readonly number[];
}

/** Where the chart sits: 0-based column and row of its top-left and bottom-right cells. */
export interface ChartAnchor {
  fromColumn: number;
  fromRow: number;
  toColumn: number;
  toRow: number;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const strCache = (points: readonly string[]) =>
  `<c:strCache><c:ptCount val="${points.length}"/>${points
    .map((text, i) => `<c:pt idx="${i}"><c:v>${escapeXml(text)}</c:v></c:pt>`)
    .join("")}</c:strCache>`;

const numCache = (points: readonly number[]) =>
  `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${points.length}"/>${points
    .map((n, i) => `<c:pt idx="${i}"><c:v>${n}</c:v></c:pt>`)
    .join("")}</c:numCache>`;

const richTitle = (text: string) =>
  `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-GB" sz="1200" b="1"/><a:t>${escapeXml(
    text,
  )}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;

/** A bar chart with one series; the largest bar (the first category) on top. */
export function barChartXml(chart: BarChartData): string {
  const axisIds = '<c:axId val="500000001"/><c:axId val="500000002"/>';
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    richTitle(chart.title) +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:strRef><c:f>${escapeXml(chart.seriesNameRef)}</c:f>${strCache([chart.seriesName])}</c:strRef></c:tx>` +
    '<c:spPr><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>' +
    '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
    '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    `<c:cat><c:strRef><c:f>${escapeXml(chart.categoriesRef)}</c:f>${strCache(chart.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(chart.valuesRef)}</c:f>${numCache(chart.values)}</c:numRef></c:val>` +
    "</c:ser>" +
    `<c:gapWidth val="60"/>${axisIds}</c:barChart>` +
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>' +
    '<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>' +
    '<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/>' +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
    '<c:axPos val="t"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>' +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** A drawing part holding one chart, anchored to cells. */
export function chartDrawingXml(chartRelationshipId: string, anchor: ChartAnchor): string {
  const marker = (tag: string, column: number, row: number) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    XML_HEAD +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    `xmlns:a="${NS_A}" xmlns:r="${NS_R}" xmlns:c="${NS_C}">` +
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker("from", anchor.fromColumn, anchor.fromRow) +
    marker("to", anchor.toColumn, anchor.toRow) +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Comparison chart"/>' +
    "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>" +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart r:id="${chartRelationshipId}"/></a:graphicData></a:graphic>` +
    "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"
  );
}
