import { CapacityChange, planCapacitySave } from "../../engine/capacity";
import { isBlankCell } from "../../parsing";
import type { Policy } from "../../policies";
import { rangeAddress } from "../cell-address";
import { createCapacitySheet, defaultCapacityCells } from "./create-capacity-sheet";
import { CAPACITY_NAME, CapacityCells, readCapacityCells } from "./read-capacity";
import type { WorkbookSummary } from "./summarise-workbook";
import { SummaryError } from "./summary-error";

export interface SavedCapacity {
  /** e.g. `table "Capacity" on sheet "Capacity"`. */
  description: string;
  changedCells: number;
  addedRows: number;
  /** A Capacity sheet was made first (pre-filled with the policy's places), as there was none. */
  created: boolean;
}

/**
 * Writes what-if figures to the capacity table: the Groups per year and Group size cells of existing rows, and new
 * rows below it where a site needs its own row (see planCapacitySave). No other cell changes; nothing is written
 * when the plan has a problem or the cells below a Capacity table are in use.
 */
export async function saveCapacityFigures(
  context: Excel.RequestContext,
  result: WorkbookSummary,
  changes: readonly CapacityChange[],
): Promise<SavedCapacity> {
  const { policy } = result;
  const { found, created } = await findOrCreateCapacity(context, policy);
  const { area } = found;
  if (!area) throw new SummaryError("CAPACITY_PROBLEMS", "The Capacity sheet could not be read.");
  const plan = planCapacitySave(
    { cells: found.cells, changes, summaryRows: result.summary.rows, bySite: result.cohort.bySite },
    policy,
  );
  if (plan.problems.length > 0)
    throw new SummaryError("CAPACITY_PROBLEMS", `Nothing was saved. ${plan.problems.join(" ")}`);

  const sheet = context.workbook.worksheets.getItem(area.sheetName);
  const below =
    plan.newRows.length > 0
      ? sheet.getRangeByIndexes(area.row + area.rows, area.column, plan.newRows.length, area.columns)
      : null;
  if (below && found.kind === "table") {
    below.load("values");
    await context.sync();
    if (!(below.values as unknown[][]).flat().every((cell) => isBlankCell(cell as string)))
      throw new SummaryError(
        "CAPACITY_PROBLEMS",
        `Nothing was saved: the rows below the Capacity table (${rangeAddress(area.sheetName, area.row + area.rows, area.column, plan.newRows.length, area.columns)}) are in use; move what is there to add rows.`,
      );
  }
  for (const { row, column, value } of plan.writes)
    sheet.getCell(area.row + row, area.column + column).values = [[value]];
  if (below) {
    below.values = plan.newRows;
    if (found.kind === "table") {
      const grown = rangeAddress(area.sheetName, area.row, area.column, area.rows + plan.newRows.length, area.columns);
      context.workbook.tables.getItem(CAPACITY_NAME).resize(grown);
    }
  }
  await context.sync();
  return { description: found.description, changedCells: plan.writes.length, addedRows: plan.newRows.length, created };
}

/** The capacity table, made first when the workbook has none: a new Capacity sheet, or the empty one filled in. */
async function findOrCreateCapacity(
  context: Excel.RequestContext,
  policy: Policy,
): Promise<{ found: CapacityCells; created: boolean }> {
  const found = await readCapacityCells(context);
  if (found.area) return { found, created: false };
  const empty = context.workbook.worksheets.getItemOrNullObject(CAPACITY_NAME).load("name");
  await context.sync();
  if (empty.isNullObject) await createCapacitySheet(context, policy);
  else {
    const cells = defaultCapacityCells(policy);
    empty.getRangeByIndexes(0, 0, cells.length, cells[0].length).values = cells;
    await context.sync();
  }
  return { found: await readCapacityCells(context), created: true };
}
