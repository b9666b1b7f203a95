import { COMPARISON_SHEET_NAME } from "../../compare";
import {
  compareCohortCells,
  compareWorkbookCohort,
  MAX_SELECTED_AREAS,
  selectTransitionRows,
  writeComparisonSheet,
} from "../../excel/compare";
import type { CohortLocation } from "../../excel/locate-cohort";
import { parseIsoDay, todayDay } from "../../parsing";
import { getBundledPolicy } from "../../policies";
import type { ExcelHost } from "../excel-session";
import type { CohortSource, PaneStore } from "../store";
import { createViewAction } from "./view-action";

export interface CompareCommands {
  /** Routes the cohort under both policies: the routing run kept in memory when there is one, else as read now. */
  compare(): Promise<void>;
  /** Selects the rows of one transition line in the sheet. */
  selectLine(index: number): Promise<void>;
  writeSheet(): Promise<void>;
}

const count = (n: number) => n.toLocaleString("en-GB");
const sourceOf = (location: CohortLocation, at: number): CohortSource => ({
  kind: "sheet",
  sheetName: location.sheetName,
  at,
  rows: location.dataRowCount,
});

export function createCompareCommands(
  store: PaneStore,
  excel: ExcelHost,
  today: () => number = todayDay,
  now = Date.now,
): CompareCommands {
  const act = createViewAction(
    store,
    () => store.getState().compare.busy,
    (text, fresh) => ({ type: "compareWorking", text, fresh }),
    (status) => ({ type: "compareEnded", status }),
  );
  const latest = () => {
    const result = store.getState().compare.result;
    if (!result) throw new Error("Press Compare first.");
    return result.comparison;
  };

  return {
    compare: () =>
      act(
        "Reading the cohort and routing it under both policies…",
        async () => {
          const { asOfText, compare, inMemory } = store.getState();
          const { fromId, toId } = compare;
          const from = getBundledPolicy(fromId);
          const to = getBundledPolicy(toId);
          const options = { from, to, asOf: parseIsoDay(asOfText) ?? today() };
          const lastSheetName = compare.sheetName ?? undefined;
          const { comparison, source } = inMemory
            ? {
                comparison: compareCohortCells(inMemory.cohort.location, inMemory.cells, options),
                source: inMemory.source,
              }
            : await excel.run(async (context) => {
                const read = await compareWorkbookCohort(context, { ...options, lastSheetName });
                return { comparison: read, source: sourceOf(read.location, now()) };
              });
          const counted = comparison.transitions.reduce((sum, t) => sum + t.rowIndexes.length, 0);
          const text = `Compared ${count(counted)} rows: ${comparison.transitions.length} lines, largest first.`;
          return {
            type: "compareShown",
            result: { comparison, source, fromId, toId },
            status: { text, kind: "info" },
          };
        },
        true,
      ),
    selectLine: (index) =>
      act("Selecting the rows…", async () => {
        store.dispatch({ type: "compareLinePressed", index });
        const current = latest();
        const transition = current.transitions[index];
        if (!transition) throw new Error("Press Compare first.");
        const picked = await excel.run((context) =>
          selectTransitionRows(context, current.location, transition.rowIndexes),
        );
        const move = `${transition.fromProgramme} → ${transition.toProgramme}`;
        const selected = `Selected ${count(picked.selectedRows)} rows on "${current.location.sheetName}" (${move})`;
        if (picked.leftOut === 0) return `${selected}.`;
        return `${selected}: the first ${MAX_SELECTED_AREAS} groups of rows; ${count(picked.leftOut)} more are not selected (filter the sheet to see them all).`;
      }),
    writeSheet: () =>
      act(`Writing the ${COMPARISON_SHEET_NAME} sheet…`, async () => {
        const current = latest();
        await excel.run((context) => writeComparisonSheet(context, current));
        return `Wrote the "${COMPARISON_SHEET_NAME}" sheet (table and chart). No other sheet was changed.`;
      }),
  };
}
