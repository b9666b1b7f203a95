import { OUTPUT_COLUMNS, OutputColumn } from "../parsing";
import type { Policy } from "../policies";
import type { CohortLocation } from "./locate-cohort";
import type { OutputPlan } from "./plan-output-columns";

/** Column widths in points, per output column. */
const WIDTHS: Record<OutputColumn, number> = {
  Programme: 150,
  Status: 110,
  "Dosage tier": 80,
  Flags: 140,
  "Follow-on": 140,
  Reasons: 320,
  Policy: 110,
};

const HEADER_FILL = "#DCE6F1";
const GREY = { font: "#595959", fill: "#EDEDED" };
/** Status colours by the policy's status keys; any other status is grey. */
const STATUS_COLOURS: Readonly<Record<string, { font: string; fill: string }>> = {
  recommended: { font: "#006100", fill: "#C6EFCE" },
  deferred: { font: "#9C5700", fill: "#FFEB9C" },
  overridden: { font: "#1F4E79", fill: "#DDEBF7" },
  incomplete: { font: "#9C0006", fill: "#FFC7CE" },
  invalid: { font: "#9C0006", fill: "#FFC7CE" },
};

/** Formats the output columns once each, after the values: header style, widths, wrap, status colours. */
export async function formatOutputColumns(
  context: Excel.RequestContext,
  location: CohortLocation,
  plan: OutputPlan,
  policy: Policy,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(location.sheetName);
  const { headerRow, dataRowCount } = location;
  for (const output of OUTPUT_COLUMNS) {
    const header = sheet.getRangeByIndexes(headerRow, plan.columns[output], 1, 1);
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    header.format.columnWidth = WIDTHS[output];
  }
  if (dataRowCount > 0) {
    sheet.getRangeByIndexes(headerRow + 1, plan.columns.Reasons, dataRowCount, 1).format.wrapText = true;
    const status = sheet.getRangeByIndexes(headerRow + 1, plan.columns.Status, dataRowCount, 1);
    status.conditionalFormats.clearAll();
    for (const [key, text] of Object.entries(policy.data.statuses)) {
      const colours = STATUS_COLOURS[key] ?? GREY;
      const rule = status.conditionalFormats.add("ContainsText");
      rule.textComparison.format.font.color = colours.font;
      rule.textComparison.format.fill.color = colours.fill;
      rule.textComparison.rule = { operator: "Contains", text };
    }
  }
  sheet.freezePanes.freezeRows(headerRow + 1);
  await context.sync();
}
