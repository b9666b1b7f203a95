import { getBundledPolicy } from "../../policies";
import { describeMapping, listMappingOptions } from "../mapping-rows";
import type { PaneElements } from "../pane-elements";
import { describeCohortPlace } from "../pane-text";
import { renderMapping } from "../render/render-mapping";
import { currentChoices, PaneState } from "../store";

/** Where the cohort is and how its columns map, each column with its dropdown. */
export function renderCohort(
  ui: PaneElements,
  state: PaneState,
  onChoose: (column: number, choice: string) => void,
): void {
  const { cohort } = state;
  if (!cohort) {
    ui.cohortPlace.textContent = state.lookedForCohort ? "No cohort found yet." : "";
    ui.mapping.summary.replaceChildren();
    ui.mapping.list.replaceChildren();
    return;
  }
  const { address, tableName, dataRowCount, headerCells, firstColumn } = cohort.location;
  ui.cohortPlace.textContent = describeCohortPlace(address, tableName, dataRowCount);
  const policy = getBundledPolicy(state.policyId);
  const view = describeMapping(headerCells, firstColumn, policy, currentChoices(state));
  renderMapping(ui.mapping, view, listMappingOptions(policy), onChoose);
}

/** The cohort, policy or choices differ between two states: the mapping must be drawn again. */
export function cohortChanged(state: PaneState, previous: PaneState): boolean {
  return (
    state.cohort !== previous.cohort ||
    state.lookedForCohort !== previous.lookedForCohort ||
    state.policyId !== previous.policyId ||
    currentChoices(state) !== currentChoices(previous)
  );
}
