import { changedCount, COMPARISON_SHEET_NAME } from "../../compare";
import {
  compareWorkbookCohort,
  MAX_SELECTED_AREAS,
  selectTransitionRows,
  WorkbookComparison,
  writeComparisonSheet,
} from "../../excel/compare";
import { formatDay, parseIsoDay, todayDay } from "../../parsing";
import { DEFAULT_POLICY_ID, getBundledPolicy, listBundledPolicies } from "../../policies";
import type { ExcelHost } from "../excel-session";
import { buildComparePanel, showTransitions } from "./compare-panel";

export interface ComparePanelDeps {
  excel: ExcelHost;
  /** The pane's own as-of date input (routing, summary and comparison share one date). */
  asOfInput: HTMLInputElement;
  today?: () => number;
}

/** The policy compared with by default: the current suite when it is bundled, else another bundled one. */
const PREFERRED_TO = "hmpps-2017";

/**
 * Shows "Compare policies" in `container`: two policy pickers, Compare (reads the cohort, routes it under both in
 * memory), the transition lines (a click selects their rows) and Write comparison sheet.
 */
export function mountComparePanel(container: HTMLElement, deps: ComparePanelDeps): void {
  const ids = listBundledPolicies();
  const policies = ids.map((id) => getBundledPolicy(id));
  const to = ids.includes(PREFERRED_TO) ? PREFERRED_TO : (ids.find((id) => id !== DEFAULT_POLICY_ID) ?? ids[0]);
  const ui = buildComparePanel(container, policies, { from: DEFAULT_POLICY_ID, to });
  if (ui.from.value === "") ui.from.value = ids[0];
  let sheetName: string | undefined;
  let latest: WorkbookComparison | undefined;
  let busy = false;

  const say = (text: string, kind: "info" | "error" = "info") => {
    ui.status.textContent = text;
    ui.status.dataset.kind = kind;
  };
  const act = async (working: string, action: () => Promise<string>) => {
    if (busy) return;
    busy = true;
    for (const button of [ui.compare, ui.writeSheet]) button.setAttribute("aria-disabled", "true");
    container.setAttribute("aria-busy", "true");
    say(working);
    try {
      say(await action());
    } catch (error) {
      say(error instanceof Error ? error.message : String(error), "error");
    } finally {
      busy = false;
      for (const button of [ui.compare, ui.writeSheet]) button.removeAttribute("aria-disabled");
      container.setAttribute("aria-busy", "false");
    }
  };
  const forget = () => {
    latest = undefined;
    ui.writeSheet.disabled = true;
    ui.results.replaceChildren();
  };

  const compare = async () => {
    const asOf = parseIsoDay(deps.asOfInput.value) ?? (deps.today ?? todayDay)();
    const from = getBundledPolicy(ui.from.value);
    const toPolicy = getBundledPolicy(ui.to.value);
    forget();
    const result = await deps.excel.run((context) =>
      compareWorkbookCohort(context, { from, to: toPolicy, asOf, lastSheetName: sheetName }),
    );
    latest = result;
    sheetName = result.location.sheetName;
    const counted = result.transitions.reduce((sum, t) => sum + t.rowIndexes.length, 0);
    const changed = changedCount(result.compared);
    const buttons = showTransitions(ui, {
      heading: `${result.location.address}, as of ${formatDay(asOf)}: ${from.stamp} → ${toPolicy.stamp}`,
      headline: `${changed.toLocaleString("en-GB")} of ${counted.toLocaleString("en-GB")} people change programme, status or dosage tier.`,
      transitions: result.transitions,
    });
    buttons.forEach((button, index) =>
      button.addEventListener("click", () => {
        buttons.forEach((other) => other.setAttribute("aria-pressed", String(other === button)));
        void selectLine(index);
      }),
    );
    ui.writeSheet.disabled = false;
    return `Compared ${counted.toLocaleString("en-GB")} rows: ${result.transitions.length} lines, largest first.`;
  };

  const selectLine = (index: number) =>
    act("Selecting the rows…", async () => {
      const current = latest;
      const transition = current?.transitions[index];
      if (!current || !transition) throw new Error("Press Compare first.");
      const picked = await deps.excel.run((context) =>
        selectTransitionRows(context, current.location, transition.rowIndexes),
      );
      const move = `${transition.fromProgramme} → ${transition.toProgramme}`;
      const selected = `Selected ${picked.selectedRows.toLocaleString("en-GB")} rows on "${current.location.sheetName}" (${move})`;
      if (picked.leftOut === 0) return `${selected}.`;
      return `${selected}: the first ${MAX_SELECTED_AREAS} groups of rows; ${picked.leftOut.toLocaleString("en-GB")} more are not selected (filter the sheet to see them all).`;
    });

  ui.compare.addEventListener(
    "click",
    () => void act("Reading the cohort and routing it under both policies…", compare),
  );
  ui.writeSheet.addEventListener("click", () =>
    act(`Writing the ${COMPARISON_SHEET_NAME} sheet…`, async () => {
      const current = latest;
      if (!current) throw new Error("Press Compare first.");
      await deps.excel.run((context) => writeComparisonSheet(context, current));
      return `Wrote the "${COMPARISON_SHEET_NAME}" sheet (table and chart). No other sheet was changed.`;
    }),
  );
  for (const select of [ui.from, ui.to]) select.addEventListener("change", forget);

  say("Choose two policies and press Compare: the cohort on the active sheet is read, and nothing is written.");
}
