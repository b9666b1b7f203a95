import { createIdCounter } from "../engine";
import {
  CellValue,
  describeMappingProblem,
  findHeaderRow,
  HEADER_SCAN_ROWS,
  HeaderMapping,
  mapHeaders,
  ColumnChoices,
  createIdReader,
  ParsedRow,
} from "../parsing";
import path from "node:path";
import type { CohortFile } from "./read-cohort-file";
import { chooseColumns, CohortRunOptions, mappingProblemMessage, reportColumns } from "./route-cohort-file";
import { CliError } from "./cli-error";
import type { ThreadChoice } from "./options";
import { collectGarbage, createHeapBound } from "./collect-garbage";
import { Separator, separatorNote } from "./csv-separator";
import { CsvReader, readCsvBatches, UnusualCsv } from "./read-csv-batches";
import { parallelBlockBytes, routeCsvInParallel } from "./route-csv-parallel";
import { addStatusCounts, createCsvRouter, CsvRouteContext } from "./route-csv-span";

export interface StreamedRoute {
  /** Rows routed (not blank), by status key. */
  statusCounts: Record<string, number>;
}

/** Heap growth allowed in the second pass between full collections: bounded memory for a few % more time. */
const HEAP_HEADROOM_BYTES = 32 << 20;

/**
 * Two heaps, so less headroom each. Measured on a 1M-row file: 32 MiB each took the peak past 200 MiB; 16 MiB gave
 * 194-196 MiB, 8 MiB 183-184 MiB in the same time (7.5-8.6 s either way).
 */
const PARALLEL_HEAP_HEADROOM_BYTES = 8 << 20;

export interface StreamOptions extends CohortRunOptions {
  progress: (message: string) => void;
  /** One thread, two, or two when a core is free and the file is large enough (the default). */
  threads?: ThreadChoice;
  /** For the tests' small files: route the second pass on two threads in blocks of this size. */
  blockBytes?: number;
}

interface Header {
  headerRow: number;
  mapping: HeaderMapping;
  readId: (cells: readonly CellValue[]) => ParsedRow;
  idColumns: number[];
  chosen: { headerRow: number | undefined; columnChoices: ColumnChoices };
  refusal: unknown;
}

interface FirstPass {
  reader: CsvReader;
  context: CsvRouteContext;
  records: number;
}

/**
 * `sotp route` from CSV to CSV without holding the file: a first pass reads the header, the table's width and the
 * IDs (for V-3), a second routes and writes batch by batch. The bytes are those of routing the whole file at once.
 */
export async function routeCsvStream(
  file: string,
  separator: Separator,
  options: StreamOptions,
  write: (chunk: string | Uint8Array) => unknown,
): Promise<StreamedRoute> {
  const first = await readFirstPass(file, separator, options);
  collectGarbage();
  options.progress(`routing ${Math.max(first.records - 1, 0)} rows`);
  const blockBytes =
    first.reader === "fast" ? (options.blockBytes ?? parallelBlockBytes(file, options.threads ?? "auto")) : null;
  if (blockBytes !== null) {
    const settings = { blockBytes, heapHeadroomBytes: PARALLEL_HEAP_HEADROOM_BYTES };
    return { statusCounts: await routeCsvInParallel(file, options.policy, first.context, settings, write) };
  }
  const route = createCsvRouter(options.policy, first.context);
  const statusCounts: Record<string, number> = {};
  let index = 0;
  const boundHeap = createHeapBound(HEAP_HEADROOM_BYTES);
  let writing: Promise<unknown> | undefined;
  for await (const batch of readCsvBatches(file, separator.char, first.reader)) {
    const routed = route(batch, index);
    index += batch.records.length;
    addStatusCounts(statusCounts, routed.statusCounts);
    // the batch before this one is written by the I/O threads while this one was routed
    const written = write(routed.text);
    await writing;
    writing = written instanceof Promise ? written : undefined;
    boundHeap();
  }
  await writing;
  return { statusCounts };
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
    const idField = policy.data.roles.id;
    const idColumns: number[] = [];
    mapping.roles.forEach((role, column) => {
      if (role.kind === "field" && role.field === idField) idColumns.push(column);
    });
    for (const record of head.slice(headerRow + 1)) ids.add(readId(record));
    return { headerRow, mapping, readId, idColumns, chosen, refusal };
  };
  // past the header, only the ID cells are read (see createIdReader: a row without an ID cell has no ID either way)
  const pick = () => header?.idColumns ?? null;
  for await (const batch of readCsvBatches(file, separator.char, reader, { pick })) {
    const { widths } = batch;
    for (let i = 0; i < batch.records.length; i++) {
      if (widths[i] > width) width = widths[i];
      if (header !== null) ids.add(header.readId(batch.records[i]));
      else {
        head.push(batch.records[i]);
        if (head.length === HEADER_SCAN_ROWS) header = findHeader();
      }
    }
    records += batch.records.length;
  }
  const { headerRow, mapping, chosen, refusal } = header ?? findHeader();
  if (refusal !== null) throw refusal;
  const problem = describeMappingProblem(mapping, policy);
  if (problem) {
    const message = mappingProblemMessage(cohort, problem, options, chosen.headerRow);
    throw new CliError(`${message}${separatorNote(separator)}`);
  }
  reportColumns(cohort, { mapping, headerRow }, chosen.columnChoices, options);
  const context: CsvRouteContext = {
    asOf: options.asOf,
    headerRow,
    headerCells: head[headerRow] ?? [],
    columnChoices: chosen.columnChoices,
    width,
    duplicates: ids.duplicates(),
    delimiter: separator.char,
  };
  return { reader, context, records };
}
