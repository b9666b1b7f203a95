import { formatDay } from "../../parsing";
import { getBundledPolicy } from "../../policies";
import type { PaneElements } from "../pane-elements";
import { describeProgress, describeRowCount, summariseStatusCounts } from "../pane-text";
import { renderResults } from "../render/render-results";
import type { FinishedRun, RoutingState } from "../store";

/** The progress bar and Cancel while a run goes on. */
export function renderProgress(ui: PaneElements, routing: RoutingState): void {
  ui.progressArea.hidden = !routing.running;
  if (!routing.running) return;
  const { phase, rows, total } = routing.progress;
  const { percent, label } = describeProgress(phase, rows, total);
  ui.progress.value = percent;
  ui.cancel.disabled = routing.cancelRequested;
  ui.progressLabel.textContent = routing.cancelRequested ? "Cancelling after this block…" : label;
}

/** The counts by status and the rows to review of the last run, or nothing. */
export function renderRun(ui: PaneElements, run: FinishedRun | null, onSelectRow: (sheetRow: number) => void): void {
  if (!run) {
    ui.results.section.hidden = true;
    return;
  }
  const { outcome, asOf } = run;
  const policy = getBundledPolicy(run.policyId);
  ui.mapping.details.open = false;
  renderResults(
    ui.results,
    {
      rowCountText: `${describeRowCount(outcome.rowCount)} with ${policy.stamp}, as of ${formatDay(asOf)}.`,
      statusCounts: summariseStatusCounts(policy, outcome.statusCounts),
      rowsToReview: outcome.rowsToReview,
      overriddenRows: outcome.overriddenRows,
    },
    (row) => onSelectRow(row.sheetRow),
  );
  ui.results.heading.focus();
}
