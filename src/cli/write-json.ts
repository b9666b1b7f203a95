import { cellText, CellValue, formatDay, labelOfChoice } from "../parsing";
import { presentDecision } from "../engine";
import { columnLetters } from "../engine/capacity";
import { keptColumns, tableWidth } from "./output-table";
import type { CohortRun } from "./route-cohort-file";

export interface JsonContext {
  asOf: number;
  sheet: string;
}

/**
 * The routing as one object: the policy, as-of date, header row and what each column fed (so a script can check the
 * mapping), then one record per data row: its 1-based row number in the file, its input cells by header, the routing.
 */
export function toJson(rows: readonly (readonly CellValue[])[], run: CohortRun, context: JsonContext): string {
  const { routed } = run;
  const headerCells = rows[routed.headerRow] ?? [];
  const kept = keptColumns(routed, tableWidth(rows));
  const records = routed.results.map((result, index) => {
    const rowIndex = routed.headerRow + 1 + index;
    const input: Record<string, string> = {};
    for (const column of kept)
      input[cellText(headerCells[column]) || `Column ${column + 1}`] = cellText(rows[rowIndex][column]);
    const { programme, status, tier, flags, followOn, reasons, decidingRule, policy } = presentDecision(
      result,
      run.policy,
    );
    return { row: rowIndex + 1, input, programme, status, tier, flags, followOn, reasons, decidingRule, policy };
  });
  const columns = run.columns.map((account) => ({
    column: columnLetters(account.column),
    header: account.header,
    reads: account.choice,
    ...(account.choice === "output" ? {} : { label: labelOfChoice(account.choice, run.policy) }),
    byHand: run.columnChoices[account.column] !== undefined,
    lookAlike: account.lookAlike,
  }));
  const document = {
    policy: run.policy.stamp,
    asOf: formatDay(context.asOf),
    sheet: context.sheet,
    headerRow: routed.headerRow + 1,
    columns,
    rows: records,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
