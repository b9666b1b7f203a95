import type { CalculateInExcelOutcome, CalculatorTally } from "../../excel/calculate-risk-in-excel";
import { ExcelLayerError } from "../../excel/excel-layer-error";
import { describeRouteError, PaneNotice } from "../pane-text";

const count = (n: number) => n.toLocaleString("en-GB");

/** `7 scored · 3 Invalid`, leaving out what did not happen; `nothing to calculate` when every row was blank. */
export function describeTally(tally: CalculatorTally): string {
  const parts = [
    tally.scored > 0 ? `${count(tally.scored)} scored` : "",
    tally.notApplicable > 0 ? `${count(tally.notApplicable)} not applicable` : "",
    tally.invalid > 0 ? `${count(tally.invalid)} Invalid` : "",
  ].filter((part) => part !== "");
  return parts.length > 0 ? parts.join(" · ") : "nothing to calculate";
}

/** Where the columns went, e.g. `Added 15 columns (OGRS3 1yr % … RM2000/s message) right of the cohort …`. */
export function describeCalculated(outcome: CalculateInExcelOutcome): PaneNotice {
  const columns = outcome.mapping.outputColumns;
  const rows = `${count(outcome.rowCount)} ${outcome.rowCount === 1 ? "row" : "rows"}`;
  return {
    tone: "success",
    title: `Risk scores calculated for ${rows}`,
    detail: `Added ${columns.length} columns (${columns[0]} … ${columns[columns.length - 1]}) right of the cohort on sheet ${outcome.location.sheetName}. Nothing you typed was changed.`,
    cells: [],
  };
}

/** As routing's messages, with the calculators' own words where they differ. */
export function describeCalculateError(error: unknown): PaneNotice {
  const code = (error as ExcelLayerError | null)?.code;
  const notice = describeRouteError(error);
  if (code === "OUTPUT_BLOCKED")
    return {
      ...notice,
      detail: `The risk score columns go to the right of the cohort. Move or clear ${
        notice.cells.length === 1 ? "this cell" : "these cells"
      }, then calculate again.`,
    };
  if (code === "NO_HEADER_ROW")
    return {
      ...notice,
      detail:
        "No row in the first 20 names the raw items, such as Age at first sanction, Contact adult sexual sanctions or Sexual appearances. See docs/calculators.md for the headers.",
    };
  if (code === "CANCELLED") return { ...notice, title: "Calculation cancelled" };
  return notice;
}
