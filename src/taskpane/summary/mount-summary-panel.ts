import type { CapacityChange } from "../../engine/capacity";
import {
  createCapacitySheet,
  resummariseCapacity,
  saveCapacityFigures,
  SUMMARY_SHEET_NAME,
  summariseWorkbook,
  WorkbookSummary,
  writeSummarySheet,
} from "../../excel/summary";
import { formatDay, parseDayText, parseIsoDay, todayDay } from "../../parsing";
import { DEFAULT_POLICY_ID, getBundledPolicy, Policy } from "../../policies";
import type { ExcelHost } from "../excel-session";
import { ROUTED_EVENT, RoutedEventDetail } from "../routed-event";
import { buildSummaryPanel, showSummary } from "./summary-panel";
import type { WhatIfSection } from "./what-if-section";

export interface SummaryPanelDeps {
  excel: ExcelHost;
  /** Today as a day number, for the as-of date before any routing run. */
  today?: () => number;
  /** The pane's own as-of date input, used instead of one of the panel's (routing and summary share one date). */
  asOfInput?: HTMLInputElement;
  /** The pane's policy picker: the summary always uses the policy it shows (before any run, too). */
  policyInput?: HTMLSelectElement;
}

/**
 * Shows the capacity and waiting-list summary in `container`: Refresh, Create capacity sheet (when there is none),
 * Write summary sheet; refreshes itself after each "sotp:routed" event. Returns a function that unmounts it.
 */
export function mountSummaryPanel(container: HTMLElement, deps: SummaryPanelDeps): () => void {
  const ui = buildSummaryPanel(container, deps.asOfInput);
  if (!deps.asOfInput) ui.asOf.value = formatDay((deps.today ?? todayDay)());
  let sheetName: string | undefined;
  let routedPolicy: Policy = getBundledPolicy(DEFAULT_POLICY_ID);
  const currentPolicy = (): Policy =>
    deps.policyInput?.value ? getBundledPolicy(deps.policyInput.value) : routedPolicy;
  let latest: WorkbookSummary | undefined;
  let whatIf: WhatIfSection | undefined;
  let busy = false;
  const buttons = () => [ui.refresh, ui.createCapacity, ui.writeSheet, ...(whatIf ? [whatIf.reset, whatIf.save] : [])];

  const say = (text: string, kind: "info" | "error" = "info") => {
    ui.status.textContent = text;
    ui.status.dataset.kind = kind;
  };
  const act = async (working: string, action: () => Promise<string>) => {
    if (busy) return;
    busy = true;
    for (const button of buttons()) button.setAttribute("aria-disabled", "true");
    container.setAttribute("aria-busy", "true");
    say(working);
    try {
      say(await action());
    } catch (error) {
      say(error instanceof Error ? error.message : String(error), "error");
    } finally {
      busy = false;
      for (const button of buttons()) button.removeAttribute("aria-disabled");
      container.setAttribute("aria-busy", "false");
    }
  };
  const summarise = async () => {
    const asOf = parseDayText(ui.asOf.value);
    if (asOf === null) throw new Error("Enter the as-of date.");
    // Remembering the routed sheet lets Refresh work while the summary sheet (or any other) is active.
    const policy = currentPolicy();
    const result = await deps.excel.run((context) => summariseWorkbook(context, { policy, asOf, sheetName }));
    show(result);
    sheetName = result.cohort.location.sheetName;
    return `Summary of ${result.cohort.entries.length.toLocaleString("en-GB")} rows.`;
  };
  const refresh = () => act("Reading the routed sheet…", summarise);
  // The summary sheet shows the sheet's figures: the what-if is the pane's alone until saved.
  const show = (result: WorkbookSummary) => {
    latest = result;
    whatIf = showSummary(ui, result, (changes) => void save(result, changes));
  };
  const save = (base: WorkbookSummary, changes: CapacityChange[]) =>
    act("Saving the figures to the capacity sheet…", async () => {
      const { saved, after } = await deps.excel.run(async (context) => {
        const written = await saveCapacityFigures(context, base, changes);
        return { saved: written, after: await resummariseCapacity(context, base) };
      });
      show(after);
      const rows = changes.length === 1 ? "1 row" : `${changes.length} rows`;
      const added = saved.addedRows === 0 ? "" : `, adding ${saved.addedRows} row${saved.addedRows === 1 ? "" : "s"}`;
      const created = saved.created ? " (created with the policy's places first)" : "";
      return `Saved the figures of ${rows} to the ${saved.description}${created}${added}. The table shows the sheet's figures again.`;
    });

  const onRouted = (event: Event) => {
    const detail: Partial<RoutedEventDetail> = (event as CustomEvent<RoutedEventDetail>).detail ?? {};
    if (detail.sheetName) sheetName = detail.sheetName;
    if (detail.asOf && parseIsoDay(detail.asOf) !== null) ui.asOf.value = detail.asOf;
    if (detail.policyId) routedPolicy = getBundledPolicy(detail.policyId);
    void refresh();
  };
  ui.refresh.addEventListener("click", () => void refresh());
  ui.createCapacity.addEventListener("click", () =>
    act("Creating the Capacity sheet…", async () => {
      const address = await deps.excel.run((context) => createCapacitySheet(context, currentPolicy()));
      await summarise();
      return `Created ${address} with the policy's places; edit it and press Refresh.`;
    }),
  );
  ui.writeSheet.addEventListener("click", () =>
    act(`Writing the ${SUMMARY_SHEET_NAME} sheet…`, async () => {
      const current = latest;
      if (!current) throw new Error("Press Refresh first.");
      await deps.excel.run((context) => writeSummarySheet(context, current));
      return `Wrote the "${SUMMARY_SHEET_NAME}" sheet (table and chart). No other sheet was changed.`;
    }),
  );
  const doc = container.ownerDocument;
  doc.addEventListener(ROUTED_EVENT, onRouted);
  say("Route the cohort to see capacity and waiting lists, or press Refresh for a sheet routed earlier.");
  return () => doc.removeEventListener(ROUTED_EVENT, onRouted);
}
