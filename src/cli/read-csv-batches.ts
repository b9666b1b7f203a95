import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { parse } from "csv-parse";
import { CliError } from "./cli-error";
import { CsvRecords, UnusualCsv } from "./csv-records";

const CHUNK_BYTES = 1 << 16;
const BATCH_RECORDS = 5_000;

export type CsvReader = "fast" | "csv-parse";

/**
 * A CSV file's records, batch by batch, never the whole file at once. The fast reader serves ordinary files; it
 * throws UnusualCsv on anything it leaves to csv-parse (read with `reader: "csv-parse"` then, same records).
 */
export async function* readCsvBatches(file: string, delimiter: string, reader: CsvReader): AsyncGenerator<string[][]> {
  if (reader === "fast") yield* readFast(file, delimiter);
  else yield* readWithCsvParse(file, delimiter);
}

function* readFast(file: string, delimiter: string): Generator<string[][]> {
  const fd = openInput(file);
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const decoder = new StringDecoder("utf8");
    const records = new CsvRecords(delimiter);
    for (;;) {
      const bytes = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (bytes === 0) break;
      const batch = records.push(decoder.write(buffer.subarray(0, bytes)));
      if (batch.length > 0) yield batch;
    }
    const last = records.push(decoder.end());
    last.push(...records.end());
    if (last.length > 0) yield last;
  } finally {
    closeSync(fd);
  }
}

async function* readWithCsvParse(file: string, delimiter: string): AsyncGenerator<string[][]> {
  closeSync(openInput(file));
  const parser = createReadStream(file).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: false, delimiter }),
  );
  let batch: string[][] = [];
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      batch.push(record);
      if (batch.length === BATCH_RECORDS) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    throw new CliError(`cannot read ${file} as CSV: ${(error as Error).message}`);
  }
  if (batch.length > 0) yield batch;
}

function openInput(file: string): number {
  try {
    return openSync(file, "r");
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export { UnusualCsv };
