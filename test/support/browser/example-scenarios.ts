import path from "node:path";
import type { StoredValue } from "../fake-excel/sheet-state";
import { readCsvRows, SHARED_EXAMPLES } from "../shared-examples";
import type { PaneScenario } from "./scenario";

/** The 16 input columns of the shared examples (ID … Site); the rest are expected outputs. */
const INPUT_COLUMNS = 16;
const [exampleHeader, ...exampleRows] = readCsvRows(path.join(SHARED_EXAMPLES, "cohort-examples.csv"));

/** Numbers as Excel would hold them; everything else as text. */
const asStored = (text: string): StoredValue => (text !== "" && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);

export const EXAMPLE_HEADER = exampleHeader.slice(0, INPUT_COLUMNS);
export const EXAMPLE_ROWS = exampleRows.map((row) => row.slice(0, INPUT_COLUMNS).map(asStored));

/** `rowCount` rows cycling through the shared examples on sheet "Cohort", header at `topLeft`. */
export function exampleScenario(rowCount: number, extra: Partial<PaneScenario> = {}): PaneScenario {
  return {
    sheetName: "Cohort",
    topLeft: "A1",
    header: EXAMPLE_HEADER,
    examples: EXAMPLE_ROWS,
    rowCount,
    ...extra,
  };
}
