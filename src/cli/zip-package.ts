import { once } from "node:events";
import { closeSync, openSync, writeSync } from "node:fs";
import zlib from "node:zlib";

/** One entry of a zip file, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where its compressed bytes are in the file. */
  dataStart: number;
}

export interface NewEntry {
  name: string;
  compressed: Buffer;
  crc: number;
  size: number;
}

/** The entries of a zip file; null for what this reader does not take (zip64, split or malformed archives). */
export function zipEntries(zip: Buffer): ZipEntry[] | null {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > zip.length) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) return null;
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) return null;
    entries.push({
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      time: zip.readUInt16LE(at + 12),
      date: zip.readUInt16LE(at + 14),
      crc: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      dataStart: local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries.some((e) => e.method !== 0 && e.method !== 8) ? null : entries;
}

export function entryBytes(zip: Buffer, entry: ZipEntry): Buffer {
  const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  return entry.method === 0 ? data : zlib.inflateRawSync(data);
}

/** Deflates text arriving in pieces (never all of it in memory at once), with its CRC and size. */
export async function deflatedEntry(name: string, pieces: Iterable<string>): Promise<NewEntry> {
  const deflate = zlib.createDeflateRaw({ level: 3 });
  const compressed: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => compressed.push(chunk));
  let crc = 0;
  let size = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = async () => {
    const bytes = Buffer.from(pending.join(""));
    pending = [];
    pendingLength = 0;
    crc = zlib.crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await once(deflate, "drain");
  };
  for (const piece of pieces) {
    pending.push(piece);
    pendingLength += piece.length;
    if (pendingLength >= 1 << 20) await flush();
  }
  await flush();
  const ended = once(deflate, "end");
  deflate.end();
  await ended;
  return { name, compressed: Buffer.concat(compressed), crc, size };
}

/**
 * Writes a zip file: the input's entries in their order, their compressed bytes copied as they were, except those
 * replaced by new entries (same name).
 */
export function writeZip(
  output: string,
  zip: Buffer,
  entries: readonly ZipEntry[],
  replaced: ReadonlyMap<string, NewEntry>,
) {
  const fd = openSync(output, "w");
  const central: Buffer[] = [];
  let offset = 0;
  const write = (bytes: Buffer) => {
    writeSync(fd, bytes);
    offset += bytes.length;
  };
  try {
    for (const entry of entries) {
      const fresh = replaced.get(entry.name);
      const data = fresh ? fresh.compressed : zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
      const described = {
        ...entry,
        flags: entry.flags & 0x0800, // UTF-8 names; sizes are in the header, so no data descriptor
        method: fresh ? 8 : entry.method,
        crc: fresh ? fresh.crc : entry.crc,
        compressedSize: data.length,
        size: fresh ? fresh.size : entry.size,
      };
      const name = Buffer.from(entry.name, "utf8");
      central.push(Buffer.concat([header(0x02014b50, described, name.length, offset), name]));
      write(Buffer.concat([header(0x04034b50, described, name.length, offset), name]));
      write(data);
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    write(directory);
    write(end);
  } finally {
    closeSync(fd);
  }
}

function header(signature: number, entry: ZipEntry, nameLength: number, offset: number): Buffer {
  const isCentral = signature === 0x02014b50;
  const bytes = Buffer.alloc(isCentral ? 46 : 30);
  bytes.writeUInt32LE(signature, 0);
  let at = 4;
  if (isCentral) {
    bytes.writeUInt16LE(20, at);
    at += 2;
  }
  for (const value of [20, entry.flags, entry.method, entry.time, entry.date]) {
    bytes.writeUInt16LE(value, at);
    at += 2;
  }
  bytes.writeUInt32LE(entry.crc, at);
  bytes.writeUInt32LE(entry.compressedSize, at + 4);
  bytes.writeUInt32LE(entry.size, at + 8);
  bytes.writeUInt16LE(nameLength, at + 12);
  if (isCentral) bytes.writeUInt32LE(offset, 42);
  return bytes;
}
