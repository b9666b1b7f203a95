import {
  CohortLocation,
  loadSheetMapping,
  locateCohort,
  routeCohortInExcel,
  RouteInExcelOptions,
  RouteInExcelOutcome,
  saveColumnChoices,
  selectCohortRow,
} from "../excel";
import { cellText, ColumnChoices } from "../parsing";
import type { Policy } from "../policies";

/** The part of the `Excel` namespace the pane needs: Office's own, or a fake injected by the browser tests. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface InspectedCohort {
  location: CohortLocation;
  /** The mapping choices saved with the workbook for this sheet, per policy id. */
  savedByPolicy: Record<string, ColumnChoices>;
  /** The policy last chosen for this sheet, or null. */
  savedPolicyId: string | null;
}

/** The pane's Excel actions, each one `Excel.run`. */
export interface ExcelSession {
  inspectCohort(policy: Policy): Promise<InspectedCohort>;
  /** Saves one policy's choices for the sheet and remembers that policy for it. */
  saveMapping(location: CohortLocation, policyId: string, columnChoices: ColumnChoices): Promise<void>;
  routeCohort(options: RouteInExcelOptions): Promise<RouteInExcelOutcome>;
  selectRow(location: CohortLocation, sheetRow: number, width: number): Promise<void>;
}

const headersOf = (location: CohortLocation) => location.headerCells.map(cellText);

export function createExcelSession(excel: ExcelHost): ExcelSession {
  return {
    inspectCohort: (policy) =>
      excel.run(async (context) => {
        const location = await locateCohort(context, policy);
        const saved = await loadSheetMapping(context, location.sheetName, headersOf(location));
        return { location, savedByPolicy: saved.byPolicy, savedPolicyId: saved.policyId };
      }),
    saveMapping: (location, policyId, columnChoices) =>
      excel.run((context) =>
        saveColumnChoices(context, location.sheetName, columnChoices, headersOf(location), policyId),
      ),
    routeCohort: (options) => excel.run((context) => routeCohortInExcel(context, options)),
    selectRow: (location, sheetRow, width) =>
      excel.run((context) => selectCohortRow(context, location, sheetRow, width)),
  };
}
