import { createStreamedCohort, resultCells } from "../engine";
import type { Decision } from "../engine";
import { CellValue, ColumnChoices, mapHeaders, OUTPUT_COLUMNS, planOutputLayout } from "../parsing";
import type { OutputColumn } from "../parsing";
import type { Policy } from "../policies";
import type { CsvBatch } from "./read-csv-batches";
import { csvFields } from "./write-csv";

/** What routing any stretch of a file needs from its first pass. */
export interface CsvRouteContext {
  asOf: number;
  headerRow: number;
  headerCells: string[];
  columnChoices: ColumnChoices;
  /** Fields in the widest record. */
  width: number;
  /** The IDs on more than one row (V-3), by key. */
  duplicates: Map<string, number>;
  delimiter: string;
}

export interface RoutedText {
  text: string;
  /** Rows routed (not blank), by status key, in the order the keys first appear. */
  statusCounts: Record<string, number>;
}

/** Whether some cell starts as a formula would (`=`, `+`, `-`, `@`, tab, CR), so that csvCellText may escape it. */
function mayStartFormula(record: readonly string[]): boolean {
  for (let column = 0; column < record.length; column++) {
    const first = record[column].charCodeAt(0);
    if (first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40 || first === 0x09 || first === 0x0d)
      return true;
  }
  return false;
}

/**
 * Routes batches of a file's records (`firstIndex`: the first one's record number) into CSV text: the bytes
 * routing the whole file writes for those records. Results shared between rows are written once; a record read
 * from a line without quotes (comma-separated) is written as that line when no cell of it needs escaping.
 */
export function createCsvRouter(
  policy: Policy,
  context: CsvRouteContext,
): (batch: CsvBatch, firstIndex: number) => RoutedText {
  const { headerRow, width } = context;
  const mapping = mapHeaders(context.headerCells, policy, context.columnChoices);
  // the outputs where the whole-file writers put them (planOutputLayout); mostly the last columns, in order
  const { columns } = planOutputLayout(mapping.headers, width, OUTPUT_COLUMNS);
  const outputWidth = Math.max(width, ...OUTPUT_COLUMNS.map((name) => columns[name] + 1));
  const firstOutput = columns[OUTPUT_COLUMNS[0]];
  const atEnd =
    OUTPUT_COLUMNS.every((name, i) => columns[name] === firstOutput + i) &&
    firstOutput + OUTPUT_COLUMNS.length === outputWidth;
  const linesAsWritten = atEnd && context.delimiter === "," && firstOutput > 0;
  const routeRow = createStreamedCohort({ policy, asOf: context.asOf, mapping, duplicates: context.duplicates });
  const outputText = createOutputText(policy);
  const wholeRow = (record: readonly string[], outputs: (name: OutputColumn) => string | null) => {
    const cells: CellValue[] = new Array(outputWidth);
    for (let column = 0; column < outputWidth; column++) cells[column] = record[column] ?? "";
    for (const name of OUTPUT_COLUMNS) cells[columns[name]] = outputs(name) ?? cells[columns[name]];
    return `${csvFields(cells)}\n`;
  };
  return ({ records, lines }, firstIndex) => {
    const statusCounts: Record<string, number> = {};
    let text = "";
    for (let i = 0; i < records.length; i++) {
      const record = records[i];
      const index = firstIndex + i;
      if (index < headerRow) text += wholeRow(record, () => null);
      else if (index === headerRow) text += wholeRow(record, (name) => name);
      else {
        const result: Decision = routeRow(record);
        const key = result.status;
        if (key !== null) statusCounts[key] = (statusCounts[key] ?? 0) + 1;
        if (!atEnd) {
          const outputs = resultCells(result, policy);
          text += wholeRow(record, (name) => outputs[name]);
          continue;
        }
        const line = lines[i];
        if (linesAsWritten && line !== null && record.length <= firstOutput && !mayStartFormula(record)) {
          const padding = record.length < firstOutput ? ",".repeat(firstOutput - record.length) : "";
          text += `${line}${padding},${outputText(result)}\n`;
          continue;
        }
        const cells: CellValue[] = new Array(firstOutput);
        for (let column = 0; column < firstOutput; column++) cells[column] = record[column] ?? "";
        const outputs = outputText(result);
        text += cells.length > 0 ? `${csvFields(cells)},${outputs}\n` : `${outputs}\n`;
      }
    }
    return { text, statusCounts };
  };
}

/** The output columns of a result as CSV text, written once per shared result. */
function createOutputText(policy: Policy): (result: Decision) => string {
  const textOfShared = new WeakMap<Decision, string>();
  return (result) => {
    const shared = Object.isFrozen(result);
    let text = shared ? textOfShared.get(result) : undefined;
    if (text === undefined) {
      const cells = resultCells(result, policy);
      text = csvFields(OUTPUT_COLUMNS.map((column) => cells[column]));
      if (shared) textOfShared.set(result, text);
    }
    return text;
  };
}

/** Adds a batch's counts to the file's, keeping the order in which the keys first appear. */
export function addStatusCounts(total: Record<string, number>, counts: Readonly<Record<string, number>>): void {
  for (const [key, n] of Object.entries(counts)) total[key] = (total[key] ?? 0) + n;
}
