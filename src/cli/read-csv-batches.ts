import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { parse } from "csv-parse";
import { CliError } from "./cli-error";
import { CsvRecords, UnusualCsv } from "./csv-records";

const CHUNK_BYTES = 1 << 14;
const BATCH_RECORDS = 5_000;

export type CsvReader = "fast" | "csv-parse";

/** Some records of a file, in order, with what the fast reader knows of them (see CsvRecords). */
export interface CsvBatch {
  records: string[][];
  /** Each record's number of fields. */
  widths: number[];
  /** Each record's line when it holds no quote (the fast reader only), else null. */
  lines: (string | null)[];
}

export interface ReadOptions {
  /** Asked before each chunk until it gives columns: pick only those from then on (CsvRecords.pickColumns). */
  pick?: () => readonly number[] | null;
}

/**
 * A CSV file's records, batch by batch, never the whole file at once. The fast reader serves ordinary files; it
 * throws UnusualCsv on anything it leaves to csv-parse (read with `reader: "csv-parse"` then, same records).
 */
export async function* readCsvBatches(
  file: string,
  delimiter: string,
  reader: CsvReader,
  options: ReadOptions = {},
): AsyncGenerator<CsvBatch> {
  if (reader === "fast") yield* readFast(file, delimiter, options);
  else yield* readWithCsvParse(file, delimiter);
}

function* readFast(file: string, delimiter: string, options: ReadOptions): Generator<CsvBatch> {
  const fd = openInput(file);
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const decoder = new StringDecoder("utf8");
    const records = new CsvRecords(delimiter);
    let picking = options.pick === undefined;
    for (;;) {
      const bytes = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (bytes === 0) break;
      if (!picking) {
        const columns = options.pick?.() ?? null;
        if (columns !== null) records.pickColumns(columns);
        picking = columns !== null;
      }
      const batch = records.push(decoder.write(buffer.subarray(0, bytes)));
      if (batch.length > 0) yield { records: batch, widths: records.widths, lines: records.lines };
    }
    const last = records.push(decoder.end());
    const { widths, lines } = records;
    last.push(...records.end());
    widths.push(...records.widths);
    lines.push(...records.lines);
    if (last.length > 0) yield { records: last, widths, lines };
  } finally {
    closeSync(fd);
  }
}

async function* readWithCsvParse(file: string, delimiter: string): AsyncGenerator<CsvBatch> {
  closeSync(openInput(file));
  const parser = createReadStream(file).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: false, delimiter }),
  );
  let batch: string[][] = [];
  const batchOf = (records: string[][]): CsvBatch => ({
    records,
    widths: records.map((record) => record.length),
    lines: records.map(() => null),
  });
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      batch.push(record);
      if (batch.length === BATCH_RECORDS) {
        yield batchOf(batch);
        batch = [];
      }
    }
  } catch (error) {
    throw new CliError(`cannot read ${file} as CSV: ${(error as Error).message}`);
  }
  if (batch.length > 0) yield batchOf(batch);
}

function openInput(file: string): number {
  try {
    return openSync(file, "r");
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export { UnusualCsv };
