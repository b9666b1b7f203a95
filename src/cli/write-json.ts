import type { RoutedTable } from "../engine";
import { cellText, CellValue } from "../parsing";
import { keptColumns, tableWidth } from "./output-table";

type Routed = Extract<RoutedTable, { ok: true }>;

/** One object per data row: its 1-based row number in the file, its input cells by header, and the routing. */
export function toJson(rows: readonly (readonly CellValue[])[], routed: Routed): string {
  const headerCells = rows[routed.headerRow] ?? [];
  const kept = keptColumns(routed, tableWidth(rows));
  const records = routed.results.map((result, index) => {
    const rowIndex = routed.headerRow + 1 + index;
    const input: Record<string, string> = {};
    for (const column of kept)
      input[cellText(headerCells[column]) || `Column ${column + 1}`] = cellText(rows[rowIndex][column]);
    const { programme, status, tier, flags, followOn, reasons, decidingRule, policy } = result;
    return { row: rowIndex + 1, input, programme, status, tier, flags, followOn, reasons, decidingRule, policy };
  });
  return `${JSON.stringify(records, null, 2)}\n`;
}
