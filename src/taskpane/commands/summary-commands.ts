import {
  createCapacitySheet,
  resummariseCapacity,
  saveCapacityFigures,
  SUMMARY_SHEET_NAME,
  summariseRoutedCohort,
  summariseWorkbook,
  writeSummarySheet,
} from "../../excel/summary";
import { parseDayText } from "../../parsing";
import { getBundledPolicy } from "../../policies";
import type { ExcelHost } from "../excel-session";
import type { PaneStore, StatusLine } from "../store";
import type { PaneAction } from "../store";
import { applyWhatIf } from "../summary/what-if";
import { createViewAction } from "./view-action";

export interface SummaryCommands {
  /** Summarises the routing run kept in memory: only the capacity table is read. */
  showRouted(): Promise<void>;
  /** Reads the routed sheet again (the one summarised last, else the active one) and summarises it. */
  refresh(): Promise<void>;
  createCapacity(): Promise<void>;
  writeSheet(): Promise<void>;
  /** Writes the what-if figures typed to the capacity table, then shows its figures again. */
  saveWhatIf(): Promise<void>;
}

const info = (text: string): StatusLine => ({ text, kind: "info" });
const summaryOf = (rows: number) => `Summary of ${rows.toLocaleString("en-GB")} rows.`;

export function createSummaryCommands(store: PaneStore, excel: ExcelHost, now = Date.now): SummaryCommands {
  const act = createViewAction(
    store,
    () => store.getState().summary.busy,
    (text) => ({ type: "summaryWorking", text }),
    (status) => ({ type: "summaryEnded", status }),
  );
  const readSheet = async (status: (rows: number) => string): Promise<PaneAction> => {
    const state = store.getState();
    const asOf = parseDayText(state.asOfText);
    if (asOf === null) throw new Error("Enter the as-of date.");
    const policy = getBundledPolicy(state.policyId);
    const sheetName = state.summary.sheetName ?? undefined;
    const base = await excel.run((context) => summariseWorkbook(context, { policy, asOf, sheetName }));
    const rows = base.cohort.entries.length;
    const source = { kind: "sheet" as const, sheetName: base.cohort.location.sheetName, at: now(), rows };
    return { type: "summaryShown", base, source, status: info(status(rows)) };
  };

  return {
    showRouted: () =>
      act("Summarising the routed cohort…", async () => {
        const kept = store.getState().inMemory;
        if (!kept) throw new Error("Press Refresh to read the routed sheet.");
        const { cohort, asOf, source } = kept;
        const policy = getBundledPolicy(kept.policyId);
        const base = await excel.run((context) => summariseRoutedCohort(context, { policy, asOf, cohort }));
        return { type: "summaryShown", base, source, status: info(summaryOf(cohort.entries.length)) };
      }),
    refresh: () => act("Reading the routed sheet…", () => readSheet(summaryOf)),
    createCapacity: () =>
      act("Creating the Capacity sheet…", async () => {
        const policy = getBundledPolicy(store.getState().policyId);
        const address = await excel.run((context) => createCapacitySheet(context, policy));
        return readSheet(() => `Created ${address} with the policy's places; edit it and press Refresh.`);
      }),
    writeSheet: () =>
      act(`Writing the ${SUMMARY_SHEET_NAME} sheet…`, async () => {
        const { base } = store.getState().summary;
        if (!base) throw new Error("Press Refresh first.");
        await excel.run((context) => writeSummarySheet(context, base));
        return `Wrote the "${SUMMARY_SHEET_NAME}" sheet (table and chart). No other sheet was changed.`;
      }),
    saveWhatIf: () =>
      act("Saving the figures to the capacity sheet…", async () => {
        const { base, edits, source } = store.getState().summary;
        const { changes } = base ? applyWhatIf(base, new Map(Object.entries(edits))) : { changes: [] };
        if (!base || !source || changes.length === 0) throw new Error("Change a figure first.");
        const { saved, after } = await excel.run(async (context) => {
          const written = await saveCapacityFigures(context, base, changes);
          return { saved: written, after: await resummariseCapacity(context, base) };
        });
        const rows = changes.length === 1 ? "1 row" : `${changes.length} rows`;
        const added = saved.addedRows === 0 ? "" : `, adding ${saved.addedRows} row${saved.addedRows === 1 ? "" : "s"}`;
        const created = saved.created ? " (created with the policy's places first)" : "";
        const text = `Saved the figures of ${rows} to the ${saved.description}${created}${added}. The table shows the sheet's figures again.`;
        return { type: "summaryShown", base: after, source, status: info(text) };
      }),
  };
}
