import { createIdCounter, createStreamedCohort, resultCells } from "../engine";
import type { Decision } from "../engine";
import type { Policy } from "../policies";
import {
  CellValue,
  describeMappingProblem,
  findHeaderRow,
  HEADER_SCAN_ROWS,
  HeaderMapping,
  mapHeaders,
  ColumnChoices,
  OUTPUT_COLUMNS,
  createIdReader,
  ParsedRow,
  planOutputLayout,
} from "../parsing";
import path from "node:path";
import type { CohortFile } from "./read-cohort-file";
import { chooseColumns, CohortRunOptions, mappingProblemMessage, reportColumns } from "./route-cohort-file";
import { CliError } from "./cli-error";
import { collectGarbage } from "./collect-garbage";
import { Separator, separatorNote } from "./csv-separator";
import { CsvReader, readCsvBatches, UnusualCsv } from "./read-csv-batches";
import { csvFields } from "./write-csv";

export interface StreamedRoute {
  /** Rows routed (not blank), by status key. */
  statusCounts: Record<string, number>;
}

/** Batches (of about 900 rows) between full collections in the second pass: a bounded heap for a few % more time. */
const GARBAGE_EVERY_BATCHES = 50;

export interface StreamOptions extends CohortRunOptions {
  progress: (message: string) => void;
}

interface Header {
  headerRow: number;
  mapping: HeaderMapping;
  readId: (cells: readonly CellValue[]) => ParsedRow;
  chosen: { headerRow: number | undefined; columnChoices: ColumnChoices };
  refusal: unknown;
}

interface FirstPass {
  reader: CsvReader;
  headerRow: number;
  mapping: HeaderMapping;
  width: number;
  records: number;
  duplicates: Map<string, number>;
}

/**
 * `sotp route` from CSV to CSV without holding the file: a first pass reads the header, the table's width and the
 * IDs (for V-3), a second routes and writes batch by batch. The bytes are those of routing the whole file at once.
 */
export async function routeCsvStream(
  file: string,
  separator: Separator,
  options: StreamOptions,
  write: (chunk: string) => void,
): Promise<StreamedRoute> {
  const { policy } = options;
  const first = await readFirstPass(file, separator, options);
  collectGarbage();
  options.progress(`routing ${Math.max(first.records - 1, 0)} rows`);
  const { headerRow, mapping, width, duplicates, reader } = first;
  // the outputs where the whole-file writers put them (planOutputLayout); mostly the last columns, in order
  const { columns } = planOutputLayout(mapping.headers, width, OUTPUT_COLUMNS);
  const outputWidth = Math.max(width, ...OUTPUT_COLUMNS.map((name) => columns[name] + 1));
  const firstOutput = columns[OUTPUT_COLUMNS[0]];
  const atEnd =
    OUTPUT_COLUMNS.every((name, i) => columns[name] === firstOutput + i) &&
    firstOutput + OUTPUT_COLUMNS.length === outputWidth;
  const routeRow = createStreamedCohort({ policy, asOf: options.asOf, mapping, duplicates });
  const statusCounts: Record<string, number> = {};
  let index = 0;
  let batches = 0;
  const outputText = createOutputText(policy);
  const wholeRow = (record: readonly string[], outputs: (name: (typeof OUTPUT_COLUMNS)[number]) => string | null) => {
    const cells: CellValue[] = new Array(outputWidth);
    for (let column = 0; column < outputWidth; column++) cells[column] = record[column] ?? "";
    for (const name of OUTPUT_COLUMNS) cells[columns[name]] = outputs(name) ?? cells[columns[name]];
    return `${csvFields(cells)}\n`;
  };
  for await (const batch of readCsvBatches(file, separator.char, reader)) {
    let out = "";
    for (const record of batch) {
      if (index < headerRow) out += wholeRow(record, () => null);
      else if (index === headerRow) out += wholeRow(record, (name) => name);
      else {
        const result: Decision = routeRow(record);
        const key = result.status;
        if (key !== null) statusCounts[key] = (statusCounts[key] ?? 0) + 1;
        if (atEnd) {
          const cells: CellValue[] = new Array(firstOutput);
          for (let column = 0; column < firstOutput; column++) cells[column] = record[column] ?? "";
          const outputs = outputText(result);
          out += cells.length > 0 ? `${csvFields(cells)},${outputs}\n` : `${outputs}\n`;
        } else {
          const outputs = resultCells(result, policy);
          out += wholeRow(record, (name) => outputs[name]);
        }
      }
      index++;
    }
    write(out);
    if (++batches % GARBAGE_EVERY_BATCHES === 0) collectGarbage();
  }
  return { statusCounts };
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

async function readFirstPass(file: string, separator: Separator, options: StreamOptions): Promise<FirstPass> {
  try {
    return await firstPassWith("fast", file, separator, options);
  } catch (error) {
    if (!(error instanceof UnusualCsv)) throw error;
    return firstPassWith("csv-parse", file, separator, options);
  }
}

async function firstPassWith(
  reader: CsvReader,
  file: string,
  separator: Separator,
  options: StreamOptions,
): Promise<FirstPass> {
  const { policy } = options;
  const head: string[][] = [];
  const ids = createIdCounter(policy);
  const cohort: CohortFile = { kind: "csv", path: file, sheet: { name: path.basename(file), rows: head } };
  let header: Header | null = null;
  let width = 0;
  let records = 0;
  const findHeader = (): Header => {
    // as routeCohortFile does on the whole file: --map first, then the header row the first 20 rows show
    let chosen: ReturnType<typeof chooseColumns> = { headerRow: undefined, columnChoices: {} };
    let refusal: unknown = null;
    try {
      chosen = chooseColumns(cohort, options);
    } catch (error) {
      refusal = error; // reported once the file has been read, as when it is read whole
    }
    const found = chosen.headerRow ?? findHeaderRow(head, policy);
    const headerRow = found < 0 ? 0 : found;
    const mapping = mapHeaders(head[headerRow] ?? [], policy, chosen.columnChoices);
    const readId = createIdReader(mapping, policy);
    for (const record of head.slice(headerRow + 1)) ids.add(readId(record));
    return { headerRow, mapping, readId, chosen, refusal };
  };
  for await (const batch of readCsvBatches(file, separator.char, reader)) {
    for (const record of batch) {
      if (record.length > width) width = record.length;
      records++;
      if (header !== null) ids.add(header.readId(record));
      else {
        head.push(record);
        if (head.length === HEADER_SCAN_ROWS) header = findHeader();
      }
    }
  }
  const { headerRow, mapping, chosen, refusal } = header ?? findHeader();
  if (refusal !== null) throw refusal;
  const problem = describeMappingProblem(mapping, policy);
  if (problem) {
    const message = mappingProblemMessage(cohort, problem, options, chosen.headerRow);
    throw new CliError(`${message}${separatorNote(separator)}`);
  }
  reportColumns(cohort, { mapping, headerRow }, chosen.columnChoices, options);
  return { reader, headerRow, mapping, width, records, duplicates: ids.duplicates() };
}
