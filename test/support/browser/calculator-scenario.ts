import { calculateRiskInExcel, CalculateInExcelOutcome } from "../../../src/excel";
import { CALCULATOR_INPUT_COLUMNS, readCalculatorExamples } from "../calculator-examples";
import { createFakeExcel } from "../fake-excel";
import type { StoredValue } from "../fake-excel/sheet-state";
import { arrangeScenario, PaneScenario, readSheetValues } from "./scenario";

const asStored = (text: string): StoredValue => (text !== "" && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);

/**
 * A cohort sheet holding the raw items of the 22 calculator examples and an Offence column, but no assessed
 * RM2000/s column (so routing needs one, and section 1.9's offer applies).
 */
export function calculatorScenario(extra: Partial<PaneScenario> = {}): PaneScenario {
  const { rows } = readCalculatorExamples();
  const [header, ...body] = rows.map((row) => row.slice(0, CALCULATOR_INPUT_COLUMNS));
  return {
    sheetName: "Cohort",
    topLeft: "A1",
    header: [...header, "Offence"],
    examples: body.map((row) => [...row.map(asStored), "Contact"]),
    rowCount: body.length,
    idsAsGiven: true,
    ...extra,
  };
}

/** What "Calculate risk scores" must leave in the workbook, computed with the Excel layer directly (no pane). */
export async function calculateScenarioInNode(
  scenario: PaneScenario,
): Promise<{ outcome: CalculateInExcelOutcome; values: [number, StoredValue[]][] }> {
  const fake = createFakeExcel({ firstSheetName: scenario.sheetName });
  arrangeScenario(fake.state, scenario);
  const outcome = await fake.Excel.run((context) => calculateRiskInExcel(context));
  return { outcome, values: readSheetValues(fake.state, scenario.sheetName) };
}
