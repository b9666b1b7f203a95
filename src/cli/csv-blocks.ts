import { readSync } from "node:fs";

const QUOTE = 0x22;
const LINE_FEED = 0x0a;

/** A stretch of a CSV file's bytes that starts and ends at record boundaries (or at the file's ends). */
export interface CsvBlock {
  /** The block's own memory (so it can be handed to a worker): the block is its first `length` bytes. */
  memory: ArrayBuffer;
  length: number;
}

/**
 * Where the last whole record of `bytes` ends: just after its last line feed outside quotes, given that `bytes`
 * starts outside quotes; -1 when no record ends in it. A line feed is outside quotes when an even number of quotes
 * come before it, which holds for the files the fast reader reads (RFC 4180 quotes only: a quoted field holds its
 * two quotes and doubled ones).
 */
export function lastRecordEnd(bytes: Uint8Array): number {
  let quotesOdd = countQuotes(bytes, 0, bytes.length) % 2 === 1;
  let after = bytes.length;
  for (;;) {
    const lineFeed = after === 0 ? -1 : bytes.lastIndexOf(LINE_FEED, after - 1);
    if (lineFeed < 0) return -1;
    if (countQuotes(bytes, lineFeed + 1, after) % 2 === 1) quotesOdd = !quotesOdd;
    if (!quotesOdd) return lineFeed + 1;
    after = lineFeed;
  }
}

function countQuotes(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let at = bytes.indexOf(QUOTE, from); at >= 0 && at < to; at = bytes.indexOf(QUOTE, at + 1)) count++;
  return count;
}

/**
 * An open file's bytes from where it stands, in blocks of about `blockBytes` (more when a record is longer), each
 * ending just after a record's line end, the last one at the end of the file. Joined, the blocks are the file.
 */
export function* readCsvBlocks(fd: number, blockBytes: number): Generator<CsvBlock> {
  let carry = new Uint8Array(0);
  for (;;) {
    const memory = new ArrayBuffer(Math.max(blockBytes, carry.length * 2));
    const bytes = new Uint8Array(memory);
    bytes.set(carry);
    let filled = carry.length;
    while (filled < bytes.length) {
      const read = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (read === 0) break;
      filled += read;
    }
    if (filled < bytes.length) {
      if (filled > 0) yield { memory, length: filled };
      return;
    }
    const end = lastRecordEnd(bytes);
    if (end < 0) {
      carry = bytes; // a record longer than the block: read on into a larger one
      continue;
    }
    carry = bytes.slice(end);
    yield { memory, length: end };
  }
}
