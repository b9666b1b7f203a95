import { parseAddress } from "../fake-excel/address";
import type { StoredValue } from "../fake-excel/sheet-state";
import type { WorkbookState } from "../fake-excel/workbook-state";

/** A workbook to open the pane on: shared by the Node side (expected results) and the page (the fake Excel). */
export interface PaneScenario {
  sheetName: string;
  /** Where the header row starts, e.g. `B3`. */
  topLeft: string;
  header: string[];
  /** Rows to cycle through; each generated row gets a unique ID in the first column. */
  examples: StoredValue[][];
  rowCount: number;
  /** Other cells on the sheet, e.g. a title above the cohort or something in the way of the outputs. */
  cells?: { address: string; value: StoredValue }[];
  /** Workbook settings as stored (JSON text), e.g. mapping choices saved in an earlier session. */
  settings?: Record<string, string>;
  /** Make the cohort an Excel table. */
  asTable?: boolean;
  /** Keep the ID column of `examples` as given (a real workbook), instead of numbering the rows. */
  idsAsGiven?: boolean;
  /** Further sheets after the cohort's, written as given from A1 (e.g. a Capacity sheet). */
  otherSheets?: { name: string; cells: StoredValue[][] }[];
}

/**
 * `count` rows cycling through `examples`, each with a unique ID (`P0000001`…) so no duplicate flag appears, unless
 * `idsAsGiven`.
 */
export function buildCohortRows(
  examples: readonly StoredValue[][],
  count: number,
  idsAsGiven = false,
): StoredValue[][] {
  return Array.from({ length: count }, (_, i) => {
    const row = [...examples[i % examples.length]];
    if (!idsAsGiven) row[0] = `P${String(i + 1).padStart(7, "0")}`;
    return row;
  });
}

/** Writes the scenario into a fake workbook whose first sheet is `scenario.sheetName`. */
export function arrangeScenario(state: WorkbookState, scenario: PaneScenario): void {
  const rows = buildCohortRows(scenario.examples, scenario.rowCount, scenario.idsAsGiven);
  state.writeCells(scenario.sheetName, scenario.topLeft, [scenario.header, ...rows]);
  for (const { address, value } of scenario.cells ?? []) state.writeCells(scenario.sheetName, address, [[value]]);
  for (const [key, json] of Object.entries(scenario.settings ?? {})) state.settings.set(key, json);
  for (const { name, cells } of scenario.otherSheets ?? []) {
    state.addSheet(name);
    state.writeCells(name, "A1", cells);
  }
  if (scenario.asTable) {
    const { box } = parseAddress(scenario.topLeft);
    const sheet = state.sheet(scenario.sheetName);
    const table = { ...box, r1: box.r0 + scenario.rowCount, c1: box.c0 + scenario.header.length - 1 };
    state.addTable(sheet, table, "Cohort");
  }
}

/** Every value on a sheet by row, to compare two workbooks cell for cell. */
export function readSheetValues(state: WorkbookState, sheetName: string): [number, StoredValue[]][] {
  const sheet = state.sheet(sheetName);
  return [...sheet.values]
    .sort(([a], [b]) => a - b)
    .map(([row, cells]) => [row, Array.from(cells, (cell) => cell ?? "")] as [number, StoredValue[]]);
}
