import path from "node:path";
import { parseIsoDay } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { createFakeExcel, FakeExcel, StoredValue, WorkbookState } from "../support/fake-excel";
import { readCsvRows, SHARED_EXAMPLES } from "../support/shared-examples";

export const EXAMPLES_FILE = path.join(SHARED_EXAMPLES, "cohort-examples.csv");
/** The 16 input columns of the shared examples (ID … Site); the rest are expected outputs. */
export const INPUT_COLUMNS = 16;
export const POLICY = getBundledPolicy("foi-86525");
export const AS_OF = parseIsoDay("2014-01-01") as number;

const [exampleHeader, ...exampleRows] = readCsvRows(EXAMPLES_FILE);

/** Numbers as Excel would hold them; everything else as text. */
function asStored(text: string): StoredValue {
  return text !== "" && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

export const HEADER: string[] = exampleHeader.slice(0, INPUT_COLUMNS);
export const EXAMPLES = exampleRows.map((row) => row.slice(0, INPUT_COLUMNS).map(asStored));
/** The expected outputs of each example, keyed by header (Programme, Status, …). */
export const EXPECTED = exampleRows.map((row) =>
  Object.fromEntries(exampleHeader.map((h, i) => [h, row[i] ?? ""]).slice(INPUT_COLUMNS)),
);

/** `count` rows cycling through the examples, each with a unique ID so no duplicate flag appears. */
export function cohortRows(count: number): StoredValue[][] {
  return Array.from({ length: count }, (_, i) => {
    const row = [...EXAMPLES[i % EXAMPLES.length]];
    row[0] = `P${String(i + 1).padStart(7, "0")}`;
    return row;
  });
}

/** Writes a header and rows at `topLeft` of `sheet`. */
export function writeCohort(state: WorkbookState, sheet: string, topLeft: string, rows: StoredValue[][]): void {
  state.writeCells(sheet, topLeft, [HEADER, ...rows]);
}

/** A fake Excel holding `rows` under the header at A1 of "Cohort", the active sheet. */
export function fakeWithCohort(rows: StoredValue[][], topLeft = "A1"): FakeExcel {
  const fake = createFakeExcel({ firstSheetName: "Cohort" });
  writeCohort(fake.state, "Cohort", topLeft, rows);
  return fake;
}

/** A plain snapshot of a sheet (values, formats, widths, conditional formats, tables) to compare runs. */
export function snapshotSheet(fake: FakeExcel, sheetName: string): unknown {
  const sheet = fake.state.sheet(sheetName);
  const rows = [...sheet.values].sort(([a], [b]) => a - b).map(([r, cells]) => [r, [...cells].map((c) => c ?? "")]);
  return {
    rows,
    rangeFormats: [...sheet.rangeFormats].sort(),
    widths: [...sheet.columnWidths].sort(),
    conditionalFormats: sheet.conditionalFormats,
    frozenRows: sheet.frozenRows,
    tables: fake.state.tables.filter((t) => t.sheet === sheet).map((t) => ({ name: t.name, box: t.box })),
  };
}
