// Bundled for the summary panel's browser test: a fake Excel holding the scenario's sheets, the panel mounted on
// #summary-panel as the pane's start-up will, and a stand-in for the routing part that routes then announces.
import { routeCohortInExcel } from "../../../../src/excel";
import { parseIsoDay } from "../../../../src/parsing";
import { getBundledPolicy } from "../../../../src/policies";
import { mountSummaryPanel } from "../../../../src/taskpane/summary";
import { createFakeExcel } from "../../../support/fake-excel";
import type { StoredValue } from "../../../support/fake-excel";

export interface SummaryScenario {
  /** Sheets in order; the first is active and holds the cohort. */
  sheets: { name: string; cells: StoredValue[][] }[];
  today: string;
}

interface PageScope {
  __SUMMARY_SCENARIO__: SummaryScenario;
  __routeAndAnnounce: (asOf: string) => Promise<void>;
  __summaryFake: unknown;
}

const scope = globalThis as unknown as PageScope;
const scenario = scope.__SUMMARY_SCENARIO__;
const fake = createFakeExcel({ firstSheetName: scenario.sheets[0].name });
scenario.sheets.forEach(({ name, cells }, index) => {
  if (index > 0) fake.state.addSheet(name);
  fake.state.writeCells(name, "A1", cells);
});

mountSummaryPanel(document.getElementById("summary-panel") as HTMLElement, {
  excel: fake.Excel,
  today: () => parseIsoDay(scenario.today) as number,
});

scope.__routeAndAnnounce = async (asOf) => {
  const policy = getBundledPolicy("foi-86525");
  await fake.Excel.run((context) => routeCohortInExcel(context, { policy, asOf: parseIsoDay(asOf) as number }));
  const detail = { sheetName: scenario.sheets[0].name, asOf, policyId: "foi-86525" };
  document.dispatchEvent(new CustomEvent("sotp:routed", { detail }));
};

scope.__summaryFake = {
  sheetNames: () => fake.state.sheets.map((sheet) => sheet.name),
  charts: (name: string) => fake.state.sheet(name).charts,
  value: (name: string, row: number, column: number) => fake.state.sheet(name).getValue(row, column),
};
