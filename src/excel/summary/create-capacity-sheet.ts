import { CAPACITY_HEADERS, CapacityColumn } from "../../engine/capacity";
import type { Policy } from "../../policies";
import { rangeAddress } from "../cell-address";
import { CAPACITY_NAME } from "./read-capacity";
import { SummaryError } from "./summary-error";

const COLUMNS: CapacityColumn[] = ["programme", "site", "groupsPerYear", "groupSize", "weeks"];

/** The pre-filled rows: one all-sites row per programme with the policy's groups a year and group size. */
export function defaultCapacityCells(policy: Policy): (string | number)[][] {
  return [
    COLUMNS.map((column) => CAPACITY_HEADERS[column]),
    // Weeks blank: the policy's weeks per dosage tier apply (one Weeks number would replace them for every tier).
    ...policy.data.programmes.map((p) => [p.name, "", p.groupsPerYear, p.groupSize, ""]),
  ];
}

/**
 * Adds a `Capacity` sheet pre-filled from the policy's programme table, as a table named `Capacity` so rows for
 * sites can be added below. Refuses when a Capacity sheet or table exists. Returns the table's address.
 */
export async function createCapacitySheet(context: Excel.RequestContext, policy: Policy): Promise<string> {
  const existingSheet = context.workbook.worksheets.getItemOrNullObject(CAPACITY_NAME).load("name");
  const existingTable = context.workbook.tables.getItemOrNullObject(CAPACITY_NAME).load("name");
  await context.sync();
  if (!existingSheet.isNullObject || !existingTable.isNullObject)
    throw new SummaryError("CAPACITY_EXISTS", `The workbook already has a ${CAPACITY_NAME} sheet or table.`);

  const cells = defaultCapacityCells(policy);
  const address = rangeAddress(CAPACITY_NAME, 0, 0, cells.length, COLUMNS.length);
  const sheet = context.workbook.worksheets.add(CAPACITY_NAME);
  const range = sheet.getRangeByIndexes(0, 0, cells.length, COLUMNS.length);
  range.values = cells;
  const table = context.workbook.tables.add(address, true);
  table.name = CAPACITY_NAME;
  range.format.autofitColumns();
  await context.sync();
  return address;
}
