import { OTHER_STATUS_COLOURS, OUTPUT_COLUMN_SPECS, STATUS_COLOURS } from "../parsing";
import type { Policy } from "../policies";
import type { CohortLocation } from "./locate-cohort";
import type { OutputPlan } from "./plan-output-columns";

const HEADER_FILL = "#DCE6F1";

/** Formats the output columns once each, after the values: header style, widths, wrap, status colours. */
export async function formatOutputColumns(
  context: Excel.RequestContext,
  location: CohortLocation,
  plan: OutputPlan,
  policy: Policy,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(location.sheetName);
  const { headerRow, dataRowCount } = location;
  for (const spec of OUTPUT_COLUMN_SPECS) {
    const header = sheet.getRangeByIndexes(headerRow, plan.columns[spec.name], 1, 1);
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    header.format.columnWidth = spec.points;
  }
  if (dataRowCount > 0) {
    for (const spec of OUTPUT_COLUMN_SPECS) {
      if ("wrap" in spec)
        sheet.getRangeByIndexes(headerRow + 1, plan.columns[spec.name], dataRowCount, 1).format.wrapText = true;
    }
    const status = sheet.getRangeByIndexes(headerRow + 1, plan.columns.Status, dataRowCount, 1);
    status.conditionalFormats.clearAll();
    for (const [key, text] of Object.entries(policy.data.statuses)) {
      const colours = STATUS_COLOURS[key] ?? OTHER_STATUS_COLOURS;
      const rule = status.conditionalFormats.add("ContainsText");
      rule.textComparison.format.font.color = colours.font;
      rule.textComparison.format.fill.color = colours.fill;
      rule.textComparison.rule = { operator: "Contains", text };
    }
  }
  sheet.freezePanes.freezeRows(headerRow + 1);
  await context.sync();
}
