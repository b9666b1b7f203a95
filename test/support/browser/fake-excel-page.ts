// Bundled into fake-excel.js for the browser tests and loaded by the page before taskpane.js: builds the fake Excel
// from the scenario the test put on `window` and sets it as `window.Excel`, as office.js would inside Excel.
import { createFakeExcel } from "../fake-excel";
import type { RunWindow } from "./pane-actions";
import type { StoredValue } from "../fake-excel/sheet-state";
import { arrangeScenario, PaneScenario, readSheetValues } from "./scenario";

interface PageScope {
  Excel?: unknown;
  __SOTP_SCENARIO__?: PaneScenario;
  __sotpFake?: unknown;
}

const scope = globalThis as unknown as PageScope;
const scenario = scope.__SOTP_SCENARIO__;

/** Like a real round trip to Excel, each sync lets the page paint and handle clicks (Cancel) before it resolves. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

if (scenario) {
  const fake = createFakeExcel({ firstSheetName: scenario.sheetName });
  arrangeScenario(fake.state, scenario);
  const runs: RunWindow[] = [];
  scope.Excel = {
    ...fake.Excel,
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => {
      const run = { firstSync: fake.syncCount, endSync: -1 };
      runs.push(run);
      return fake.Excel.run((context) => {
        const sync = context.sync.bind(context);
        context.sync = async () => {
          await nextTask();
          return sync();
        };
        return batch(context);
      }).finally(() => (run.endSync = fake.syncCount));
    },
  };
  scope.__sotpFake = {
    syncLog: () =>
      fake.syncLog.map(({ requestBytes, responseBytes, outcome, methods }) => ({
        requestBytes,
        responseBytes,
        outcome,
        methods,
      })),
    syncCount: () => fake.syncCount,
    runs: () => runs.map((run) => ({ ...run })),
    sheetValues: (sheetName: string) => readSheetValues(fake.state, sheetName),
    rowValues: (sheetName: string, rows: number[]) =>
      rows.map((row) => Array.from(fake.state.sheet(sheetName).values.get(row) ?? [], (cell) => cell ?? "")),
    settings: () => Object.fromEntries(fake.state.settings),
    /** A user's edit of one cell, e.g. `writeCell("Cohort", "Q7", "Invalid")`. */
    writeCell: (sheetName: string, address: string, value: StoredValue) =>
      fake.state.writeCells(sheetName, address, [[value]]),
    selection: () => {
      const { sheet, box, areas } = fake.state.selection;
      return areas ? { sheet: sheet.name, box, areas } : { sheet: sheet.name, box };
    },
    tables: () => fake.state.tables.map((table) => ({ name: table.name, box: table.box })),
    sheetNames: () => fake.state.sheets.map((sheet) => sheet.name),
    chartCount: (sheetName: string) => fake.state.sheet(sheetName).charts.length,
    charts: (sheetName: string) => structuredClone(fake.state.sheet(sheetName).charts),
  };
}
