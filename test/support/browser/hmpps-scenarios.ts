import path from "node:path";
import { resultCells, routeTable } from "../../../src/engine";
import { OUTPUT_COLUMNS, parseIsoDay } from "../../../src/parsing";
import { getBundledPolicy } from "../../../src/policies";
import type { StoredValue } from "../fake-excel/sheet-state";
import { readCsvRows, SHARED_EXAMPLES } from "../shared-examples";
import type { PaneScenario } from "./scenario";

const INPUT_COLUMNS = 16;
const [header, ...rows] = readCsvRows(path.join(SHARED_EXAMPLES, "hmpps-2017-examples.csv"));

export const HMPPS_EXAMPLE_HEADER = header.slice(0, INPUT_COLUMNS);
const inputs = rows.map((row) => row.slice(0, INPUT_COLUMNS));

/** The hmpps-2017 shared examples as a sheet routed earlier under hmpps-2017 (outputs beside the inputs). */
export function routedHmppsScenario(asOf: string, extra: Partial<PaneScenario> = {}): PaneScenario {
  const policy = getBundledPolicy("hmpps-2017");
  const routed = routeTable([HMPPS_EXAMPLE_HEADER, ...inputs], { policy, asOf: parseIsoDay(asOf) as number });
  if (!routed.ok) throw new Error(routed.message);
  const examples: StoredValue[][] = inputs.map((row, index) => {
    const cells = resultCells(routed.results[index], policy);
    return [...row, ...OUTPUT_COLUMNS.map((column) => cells[column])];
  });
  return {
    sheetName: "Cohort",
    topLeft: "A1",
    header: [...HMPPS_EXAMPLE_HEADER, ...OUTPUT_COLUMNS],
    examples,
    rowCount: examples.length,
    idsAsGiven: true,
    ...extra,
  };
}
