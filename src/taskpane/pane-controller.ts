import type { RouteInExcelOutcome, RoutePhase } from "../excel/route-cohort-in-excel";
import { formatDay, MappingOverrides, parseDayText, todayDay } from "../parsing";
import { getBundledPolicy, listBundledPolicies, Policy } from "../policies";
import type { ExcelSession, InspectedCohort } from "./excel-session";
import { chooseMapping, describeMapping, keepKnownOverrides, listMappingOptions } from "./mapping-rows";
import type { PaneElements } from "./pane-elements";
import {
  describeCohortPlace,
  describeRouteBlocker,
  describeProgress,
  describeRouteError,
  describeRowCount,
  RunProgress,
  summariseStatusCounts,
} from "./pane-text";
import { element } from "./render/dom";
import { renderMapping } from "./render/render-mapping";
import { renderNotice } from "./render/render-notice";
import { renderResults } from "./render/render-results";
import { announceRouted } from "./routed-event";
import { CALCULATED_EVENT } from "./calculators";

/** Wires the page to one Excel session: find the cohort, correct the mapping, route, review rows. */
export function startPaneController(ui: PaneElements, session: ExcelSession): { ready: Promise<void> } {
  let policy: Policy = getBundledPolicy();
  let cohort: InspectedCohort | null = null;
  let overrides: MappingOverrides = {};
  /** The choices made for this sheet under each policy, so switching policy never loses the other's. */
  let savedByPolicy: Record<string, MappingOverrides> = {};
  let routing = false;
  let cancelRequested = false;
  let lastOutcome: RouteInExcelOutcome | null = null;
  let progress: RunProgress = { phase: "reading", rows: 0, total: 0 };

  const mappingView = () => (cohort ? describeMapping(cohort.location.headerCells, 0, policy, overrides) : null);

  function refreshControls(): void {
    const asOfValid = parseDayText(ui.asOf.value) !== null;
    ui.asOf.setAttribute("aria-invalid", String(!asOfValid));
    const blocker = routing ? null : describeRouteBlocker(mappingView(), asOfValid);
    ui.route.disabled = routing || blocker !== null;
    ui.routeHint.hidden = blocker === null;
    ui.routeHint.textContent = blocker ?? "";
    for (const control of [ui.asOf, ui.policy, ui.findCohort]) control.disabled = routing;
    ui.mapping.list.querySelectorAll("select").forEach((select) => (select.disabled = routing));
  }

  function showMapping(): void {
    if (!cohort) return;
    const { headerCells, firstColumn } = cohort.location;
    const view = describeMapping(headerCells, firstColumn, policy, overrides);
    renderMapping(ui.mapping, view, listMappingOptions(policy), (column, choice) => void chooseColumn(column, choice));
    refreshControls();
  }

  async function chooseColumn(column: number, choice: string): Promise<void> {
    if (!cohort) return;
    overrides = chooseMapping(cohort.location.headerCells, policy, overrides, column, choice);
    showMapping();
    ui.mapping.list.querySelector<HTMLSelectElement>(`#map-col-${column}`)?.focus();
    await saveMapping();
  }

  /** Saves one at a time: each save rewrites the sheet's setting from what the previous one left. */
  let saving: Promise<void> = Promise.resolve();
  function saveMapping(): Promise<void> {
    if (!cohort) return saving;
    const { location } = cohort;
    const [policyId, choices] = [policy.data.id, overrides];
    savedByPolicy = { ...savedByPolicy, [policyId]: choices };
    saving = saving.then(async () => {
      try {
        await session.saveMapping(location, policyId, choices);
      } catch (error) {
        renderNotice(ui.notice, { ...describeRouteError(error), title: "Your mapping choice was not saved" });
      }
    });
    return saving;
  }

  function usePolicy(id: string): void {
    policy = getBundledPolicy(id);
    ui.policy.value = id;
    ui.policyHint.textContent = policy.data.title;
  }

  async function findCohort(): Promise<void> {
    renderNotice(ui.notice, null);
    ui.results.section.hidden = true;
    try {
      cohort = await session.inspectCohort(policy);
      const remembered = cohort.savedPolicyId;
      if (remembered !== null && remembered !== policy.data.id && listBundledPolicies().includes(remembered)) {
        usePolicy(remembered);
        cohort = await session.inspectCohort(policy);
      }
      savedByPolicy = cohort.savedByPolicy;
      overrides = keepKnownOverrides(savedByPolicy[policy.data.id] ?? {}, policy);
      const { address, tableName, dataRowCount } = cohort.location;
      ui.cohortPlace.textContent = describeCohortPlace(address, tableName, dataRowCount);
      showMapping();
    } catch (error) {
      cohort = null;
      ui.cohortPlace.textContent = "No cohort found yet.";
      ui.mapping.summary.replaceChildren();
      ui.mapping.list.replaceChildren();
      renderNotice(ui.notice, describeRouteError(error));
      refreshControls();
    }
  }

  function showProgress(current: RoutePhase, rows: number, total: number): void {
    progress = { phase: current, rows, total };
    const { percent, label } = describeProgress(current, rows, total);
    ui.progress.value = percent;
    ui.progressLabel.textContent = label;
  }

  async function routeCohort(): Promise<void> {
    const asOf = parseDayText(ui.asOf.value);
    if (!cohort || asOf === null || routing) return;
    routing = true;
    cancelRequested = false;
    ui.progressArea.hidden = false;
    ui.cancel.disabled = false;
    ui.results.section.hidden = true;
    renderNotice(ui.notice, {
      tone: "info",
      title: "Routing…",
      detail: "Keep the workbook open until this finishes. Cancel stops between blocks of rows.",
      cells: [],
    });
    showProgress("reading", 0, cohort.location.dataRowCount);
    refreshControls();
    try {
      const outcome = await session.routeCohort({
        policy,
        asOf,
        overrides,
        onProgress: showProgress,
        isCancelled: () => cancelRequested,
      });
      lastOutcome = outcome;
      ui.mapping.details.open = false;
      cohort = { ...cohort, location: outcome.location };
      renderNotice(ui.notice, {
        tone: "success",
        title: `${describeRowCount(outcome.rowCount)}`,
        detail: `Results are in columns Programme to Policy of ${outcome.location.sheetName}, as of ${formatDay(asOf)}.`,
        cells: [],
      });
      renderResults(
        ui.results,
        {
          rowCountText: `${describeRowCount(outcome.rowCount)} with ${policy.stamp}, as of ${formatDay(asOf)}.`,
          statusCounts: summariseStatusCounts(policy, outcome.statusCounts),
          rowsToReview: outcome.rowsToReview,
          overriddenRows: outcome.overriddenRows,
        },
        (row) => void selectRow(row.sheetRow),
      );
      announceRouted(document, {
        sheetName: outcome.location.sheetName,
        asOf: formatDay(asOf),
        policyId: policy.data.id,
      });
    } catch (error) {
      renderNotice(ui.notice, describeRouteError(error, progress));
    } finally {
      routing = false;
      ui.progressArea.hidden = true;
      refreshControls();
    }
    if (!ui.results.section.hidden) ui.results.heading.focus();
  }

  async function selectRow(sheetRow: number): Promise<void> {
    if (!lastOutcome) return;
    const { location, plan } = lastOutcome;
    const width = Math.max(...Object.values(plan.columns)) + 1 - location.firstColumn;
    try {
      await session.selectRow(location, sheetRow, width);
    } catch (error) {
      renderNotice(ui.notice, { ...describeRouteError(error), title: `Row ${sheetRow} could not be selected` });
    }
  }

  for (const id of listBundledPolicies())
    ui.policy.append(element("option", { text: getBundledPolicy(id).stamp, attrs: { value: id } }));
  usePolicy(policy.data.id);
  ui.asOf.value = formatDay(todayDay());
  ui.asOf.addEventListener("input", refreshControls);
  ui.policy.addEventListener("change", () => {
    const previous = overrides;
    usePolicy(ui.policy.value);
    if (!cohort) return;
    // the choices made under this policy before; else those of the other policy that this one also knows
    overrides = keepKnownOverrides(savedByPolicy[policy.data.id] ?? previous, policy);
    showMapping();
    void saveMapping();
  });
  ui.findCohort.addEventListener("click", () => void findCohort());
  // New derived columns (e.g. OGRS3 2yr %) change what the sheet's columns feed.
  document.addEventListener(CALCULATED_EVENT, () => void findCohort());
  ui.route.addEventListener("click", () => void routeCohort());
  ui.cancel.addEventListener("click", () => {
    cancelRequested = true;
    ui.cancel.disabled = true;
    ui.progressLabel.textContent = "Cancelling after this block…";
  });
  ui.workspace.hidden = false;
  return { ready: findCohort() };
}
