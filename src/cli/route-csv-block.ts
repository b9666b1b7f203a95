import { StringDecoder } from "node:string_decoder";
import type { CsvBlock } from "./csv-blocks";
import { CsvRecords, MidFile } from "./csv-records";
import type { RoutedText } from "./route-csv-span";
import type { CsvBatch } from "./read-csv-batches";

export interface RoutedBlock extends RoutedText {
  /** The block's records. */
  records: number;
  /** Whether its lines end in `\r\n` (null when it holds no line end). */
  crlf: boolean | null;
}

/**
 * Routes one block of a file (read by the fast reader, so never UnusualCsv here: the first pass read the same
 * bytes) with a router of createCsvRouter: the bytes the one-thread route writes for those records. `midFile`
 * for every block but the file's first.
 */
export function routeCsvBlock(
  route: (batch: CsvBatch, firstIndex: number) => RoutedText,
  block: CsvBlock,
  delimiter: string,
  firstIndex: number,
  midFile?: MidFile,
): RoutedBlock {
  const decoder = new StringDecoder("utf8");
  const reader = new CsvRecords(delimiter, midFile);
  const records = reader.push(decoder.write(new Uint8Array(block.memory, 0, block.length)));
  const { widths, lines } = reader;
  // the rest: the file's last record when no line end follows it (a block ends at a line end otherwise)
  for (const rest of [reader.push(decoder.end()), reader.end()]) {
    records.push(...rest);
    widths.push(...reader.widths);
    lines.push(...reader.lines);
  }
  const routed = route({ records, widths, lines }, firstIndex);
  return { ...routed, records: records.length, crlf: reader.crlfLines };
}
