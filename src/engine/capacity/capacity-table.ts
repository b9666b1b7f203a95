import {
  CellValue,
  cellText,
  isBlankCell,
  normaliseKey,
  quoteForMessage,
  readNumber,
  scaleLookup,
} from "../../parsing";
import type { Policy } from "../../policies";
import { formatCellAddress, parseCellAddress } from "./cell-address";
import { CapacityColumn, findCapacityColumns, findCapacityHeaderRow } from "./capacity-columns";

/** One row of a workbook's capacity table. */
export interface CapacityRow {
  programmeCode: string;
  /** The site as written (trimmed); "" when the row applies to every site. */
  site: string;
  groupsPerYear: number;
  groupSize: number;
  /** The programme's length for every tier, or null to use the policy's weeks per tier. */
  weeks: number | null;
  /** Where the row's Programme cell is, e.g. `Capacity!A3`. */
  address: string;
}

/** A capacity cell (or header) that cannot be used; `message` starts with the cell's address. */
export interface CapacityProblem {
  address: string;
  message: string;
}

export interface CapacityTable {
  rows: CapacityRow[];
  problems: CapacityProblem[];
}

export interface CapacityTableOptions {
  /** The sheet the table is on, so messages name real cells (`Capacity!C4`). */
  sheetName?: string;
  /** The A1 address of the table's top-left (header) cell; default `A1`. */
  topLeft?: string;
}

/**
 * Reads a capacity table whose header row is found as the cohort's (title rows above it are skipped): Programme (code or name), Site (optional), Groups per year,
 * Group size, Weeks (optional). Blank rows are skipped; each bad cell gives a problem naming the cell, and its row is
 * left out.
 */
export function parseCapacityTable(
  rows: readonly (readonly CellValue[])[],
  policy: Policy,
  options: CapacityTableOptions = {},
): CapacityTable {
  const origin = parseCellAddress(options.topLeft ?? "A1");
  const addressOf = (row: number, column: number) =>
    formatCellAddress({ row: origin.row + row, column: origin.column + column }, options.sheetName);
  const headerIndex = findCapacityHeaderRow(rows, policy);
  const [headerRow = [], ...dataRows] = rows.slice(headerIndex);
  const found = findCapacityColumns(headerRow, policy);
  const problems: CapacityProblem[] = found.problems.map(({ column, message }) => {
    const address = addressOf(headerIndex, column);
    return { address, message: `${address}: ${message}` };
  });
  if (problems.length > 0) return { rows: [], problems };

  const { columns } = found;
  const programmes = scaleLookup(policy.scales.get("programmes") ?? []);
  const codes = policy.data.programmes.map((p) => p.code).join(", ");
  const parsed: CapacityRow[] = [];
  const seen = new Map<string, string>();
  dataRows.forEach((cells, index) => {
    if (cells.every(isBlankCell)) return;
    const rowProblems: CapacityProblem[] = [];
    const complain = (column: CapacityColumn, text: string) => {
      const address = addressOf(headerIndex + index + 1, columns[column] ?? 0);
      rowProblems.push({ address, message: `${address}: ${text}` });
    };
    const cellOf = (column: CapacityColumn) => (columns[column] === undefined ? null : cells[columns[column]]);
    const readCount = (column: CapacityColumn, label: string, optional: boolean): number | null => {
      const cell = cellOf(column);
      if (optional && isBlankCell(cell)) return null;
      const value = typeof cell === "string" && cell.includes("%") ? null : readNumber(cell);
      if (value === null || value < 0) complain(column, `${label} ${quoteForMessage(cell)} is not a number ≥ 0`);
      return value;
    };

    const programmeCell = cellOf("programme");
    const programmeCode = programmes.get(normaliseKey(cellText(programmeCell)));
    if (programmeCode === undefined) {
      complain(
        "programme",
        `Programme ${quoteForMessage(programmeCell)} is not a programme of ${policy.stamp} (expected ${codes} or their names)`,
      );
    }
    const site = cellText(cellOf("site"));
    const groupsPerYear = readCount("groupsPerYear", "Groups per year", false);
    const groupSize = readCount("groupSize", "Group size", false);
    const weeks = readCount("weeks", "Weeks", true);
    if (programmeCode !== undefined && rowProblems.length === 0) {
      const key = `${programmeCode}|${normaliseKey(site)}`;
      const earlier = seen.get(key);
      if (earlier)
        complain(
          "programme",
          `${programmeCode} ${site ? `at ${site}` : "for all sites"} is already given at ${earlier}`,
        );
      else seen.set(key, addressOf(headerIndex + index + 1, columns.programme ?? 0));
    }
    if (rowProblems.length > 0 || programmeCode === undefined) {
      problems.push(...rowProblems);
      return;
    }
    parsed.push({
      programmeCode,
      site,
      groupsPerYear: groupsPerYear as number,
      groupSize: groupSize as number,
      weeks,
      address: addressOf(headerIndex + index + 1, columns.programme ?? 0),
    });
  });
  return { rows: parsed, problems };
}
