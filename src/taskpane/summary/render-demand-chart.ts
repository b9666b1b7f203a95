import { createSvgElement } from "./dom";
import { RAG_COLOURS, RAG_LABELS } from "./rag-pill";
import type { SummaryRowView } from "./summary-view";

const WIDTH = 300;
const LABEL_HEIGHT = 16;
const BAR_HEIGHT = 12;
const ROW_GAP = 10;
const NUMBER_SPACE = 64;
/** The places bar and its legend swatch. */
export const PLACES_COLOUR = "#8a8886";

/**
 * Demand against places a year per programme (and site), as inline SVG: a bar coloured by pressure for demand and a
 * grey bar for places, numbers at the bar ends. The table beside it carries the same numbers.
 */
export function renderDemandChart(rows: readonly SummaryRowView[]): SVGElement {
  const rowHeight = LABEL_HEIGHT + 2 * BAR_HEIGHT + 2 + ROW_GAP;
  const height = rows.length * rowHeight;
  const largest = Math.max(1, ...rows.flatMap((row) => [row.demand, row.placesAYear]));
  const scale = (value: number) => ((WIDTH - NUMBER_SPACE) * value) / largest;
  const svg = createSvgElement("svg", {
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: "100%",
    role: "img",
    class: "sotp-chart",
    "aria-label": "Bar chart of demand against places a year per programme; the table gives the same numbers.",
  });
  const title = createSvgElement("title");
  title.textContent = "Demand against places a year";
  svg.append(title);

  rows.forEach((row, index) => {
    const top = index * rowHeight;
    const group = createSvgElement("g", { class: "sotp-chart-row", "data-programme": row.programmeCode });
    const label = createSvgElement("text", { x: 0, y: top + 12, class: "sotp-chart-label" });
    label.textContent = `${row.programme}${row.site ? ` · ${row.site}` : ""} — ${RAG_LABELS[row.rag].toLowerCase()}`;
    group.append(label);
    const bar = (kind: string, value: number, y: number, fill: string, text: string) => {
      const rect = createSvgElement("rect", {
        x: 0,
        y,
        width: Math.max(value > 0 ? 2 : 0, scale(value)),
        height: BAR_HEIGHT,
        fill,
        class: `sotp-bar-${kind}`,
      });
      const rectTitle = createSvgElement("title");
      rectTitle.textContent = text;
      rect.append(rectTitle);
      const number = createSvgElement("text", {
        x: scale(value) + 4,
        y: y + BAR_HEIGHT - 2,
        class: "sotp-chart-number",
      });
      number.textContent = text;
      group.append(rect, number);
    };
    const barsTop = top + LABEL_HEIGHT;
    bar("demand", row.demand, barsTop, RAG_COLOURS[row.rag], `${row.demand} waiting`);
    const places = row.placesAYear === 0 ? "no places" : `${row.placesAYear} places`;
    bar("places", row.placesAYear, barsTop + BAR_HEIGHT + 2, PLACES_COLOUR, places);
    svg.append(group);
  });
  return svg;
}
