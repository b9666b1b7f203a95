import { compareTable, comparisonSheetCells, transitionTable } from "../../../src/compare";
import type { Transition } from "../../../src/compare";
import { parseIsoDay } from "../../../src/parsing";
import { getBundledPolicy } from "../../../src/policies";
import type { StoredValue } from "../../support/fake-excel";
import { buildCohortRows, PaneScenario } from "../../support/browser/scenario";

export const AS_OF = "2014-01-01";
export const FROM = "foi-86525";
export const TO = "hmpps-2017";

const HEADER = ["ID", "Offence", "RM2000/s", "OGRS3", "OSP/DC", "OSP/IIC", "Setting", "Site"];
/** People both policies read (RM2000/s and OGRS3 for foi-86525, OSP/DC and OSP/IIC for hmpps-2017), repeated. */
const PEOPLE: StoredValue[][] = [
  ["", "Contact", "Medium", 60, "High", "Low", "Custody", "HMP Alpha"],
  ["", "Contact", "Low", 60, "Medium", "Low", "Custody", "HMP Alpha"],
  ["", "Contact", "Medium", 60, "High", "Low", "Custody", "HMP Bravo"],
  ["", "Contact", "Low", "Low", "Low", "Low", "Custody", "HMP Bravo"],
  ["", "IIOC only", "High", 40, "Low", "High", "Community", "Probation North"],
  ["", "Contact", "High", 60, "High", "Medium", "Community", "Probation North"],
  ["", "Non-contact", "Medium", 50, "Medium", "Low", "Custody", "HMP Alpha"],
  ["", "Contact", "Purple", 60, "High", "Low", "Custody", "HMP Alpha"],
];

/** 400 people on sheet Cohort from A1: the pane's comparison scenario. */
export function compareScenario(extra: Partial<PaneScenario> = {}): PaneScenario {
  return { sheetName: "Cohort", topLeft: "A1", header: HEADER, examples: PEOPLE, rowCount: 400, ...extra };
}

/** What the pane must show, worked out in Node by the same pure comparison. */
export function expectedComparison(scenario: PaneScenario): {
  transitions: Transition[];
  sheet: ReturnType<typeof comparisonSheetCells>;
} {
  const rows = [scenario.header, ...buildCohortRows(scenario.examples, scenario.rowCount, scenario.idsAsGiven)];
  const compared = compareTable(rows, {
    from: getBundledPolicy(FROM),
    to: getBundledPolicy(TO),
    asOf: parseIsoDay(AS_OF) as number,
  });
  if (!compared.ok) throw new Error(compared.message);
  const transitions = transitionTable(compared);
  return { transitions, sheet: comparisonSheetCells(compared, transitions, AS_OF) };
}
