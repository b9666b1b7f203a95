import { routeCohortInExcel, RouteInExcelOutcome } from "../../../src/excel";
import { ColumnChoices, parseIsoDay } from "../../../src/parsing";
import { getBundledPolicy } from "../../../src/policies";
import { createFakeExcel } from "../fake-excel";
import type { StoredValue } from "../fake-excel/sheet-state";
import { arrangeScenario, PaneScenario, readSheetValues } from "./scenario";

export interface NodeRun {
  outcome: RouteInExcelOutcome;
  values: [number, StoredValue[]][];
  syncCount: number;
}

/** Routes the scenario with the Excel layer directly (no pane): what the pane must leave in the workbook. */
export async function routeScenarioInNode(
  scenario: PaneScenario,
  asOfIso: string,
  columnChoices: ColumnChoices = {},
): Promise<NodeRun> {
  const fake = createFakeExcel({ firstSheetName: scenario.sheetName });
  arrangeScenario(fake.state, scenario);
  const asOf = parseIsoDay(asOfIso);
  if (asOf === null) throw new RangeError(`not an ISO date: ${asOfIso}`);
  const policy = getBundledPolicy();
  const outcome = await fake.Excel.run((context) => routeCohortInExcel(context, { policy, asOf, columnChoices }));
  return { outcome, values: readSheetValues(fake.state, scenario.sheetName), syncCount: fake.syncCount };
}
