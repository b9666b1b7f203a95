import { beginComparison, COMPARISON_SHEET_NAME, transitionTable } from "../../compare";
import type { ComparedTable, Transition } from "../../compare";
import type { CellValue, RowFacts } from "../../parsing";
import type { Policy } from "../../policies";
import { ExcelLayerError } from "../excel-layer-error";
import { CohortLocation, locateCohort } from "../locate-cohort";
import { readCohortBlocks } from "../read-cohort-blocks";
import { CompareError } from "./compare-error";

export interface CompareWorkbookOptions {
  from: Policy;
  to: Policy;
  /** The as-of date as a day number. */
  asOf: number;
  /**
   * The sheet compared last: used when the active sheet is the Comparison sheet (the pane's user looking at the
   * result); otherwise the active sheet (and its selected table) holds the cohort.
   */
  lastSheetName?: string;
}

export interface WorkbookComparison {
  location: CohortLocation;
  compared: Extract<ComparedTable, { ok: true }>;
  transitions: Transition[];
  asOf: number;
}

/**
 * Reads the cohort (found by the first policy's headers, else the second's) in blocks and routes it under both
 * policies in memory; refuses before reading any data row when a policy cannot route it. Reads only: nothing in the
 * workbook changes. `compared.headerRow` is 0: row indexes count from the cohort's header row.
 */
export async function compareWorkbookCohort(
  context: Excel.RequestContext,
  options: CompareWorkbookOptions,
): Promise<WorkbookComparison> {
  const { from, to, asOf } = options;
  const active = context.workbook.worksheets.getActiveWorksheet().load("name");
  await context.sync();
  const onResult = active.name.toLowerCase() === COMPARISON_SHEET_NAME.toLowerCase();
  const location = await locateEither(context, [from, to], onResult ? options.lastSheetName : undefined);
  const builder = beginCohortComparison(location, { from, to, asOf });
  // Routed block by block as the blocks arrive: each read's sync lets the pane breathe between blocks.
  for await (const block of readCohortBlocks(context, location)) builder.addRows(block.values, block.facts);
  return finishComparison(location, builder, asOf);
}

/** The same comparison of cells already in memory (a routing run's data rows): nothing is read. */
export function compareCohortCells(
  location: CohortLocation,
  cells: { rows: readonly CellValue[][]; facts: readonly RowFacts[] },
  options: Omit<CompareWorkbookOptions, "lastSheetName">,
): WorkbookComparison {
  const builder = beginCohortComparison(location, options);
  builder.addRows(cells.rows, cells.facts);
  return finishComparison(location, builder, options.asOf);
}

function beginCohortComparison(location: CohortLocation, options: Omit<CompareWorkbookOptions, "lastSheetName">) {
  const began = beginComparison(location.headerCells, location.columnCount, options);
  if (!began.ok) throw new CompareError("POLICY_REFUSES", `${location.sheetName}: ${began.message}`);
  return began.builder;
}

function finishComparison(
  location: CohortLocation,
  builder: ReturnType<typeof beginCohortComparison>,
  asOf: number,
): WorkbookComparison {
  const compared = { ok: true as const, headerRow: 0, ...builder.finish() };
  return { location, compared, transitions: transitionTable(compared), asOf };
}

async function locateEither(context: Excel.RequestContext, policies: Policy[], sheetName?: string) {
  try {
    return await locateCohort(context, policies[0], { sheetName });
  } catch (error) {
    if (!(error instanceof ExcelLayerError) || error.code !== "NO_HEADER_ROW") throw error;
    return locateCohort(context, policies[1], { sheetName });
  }
}
