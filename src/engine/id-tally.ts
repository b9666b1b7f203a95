/**
 * Counts IDs by V-3's key (trimmed, case ignored) without building a key per row: an open-addressing table of the
 * distinct IDs, hashed and compared with ASCII letters folded. An ID that is all ASCII with nothing to trim (nearly
 * every ID) is its own key up to case; any other is keyed by `trim().toLowerCase()` first, so both agree with
 * comparing `id.trim().toLowerCase()`.
 */
export class IdTally {
  /** Per distinct ID: the ID as first seen (ASCII, untrimmed needs none) or its key; its hash; its rows. */
  private readonly forms: string[] = [];
  private hashes: Int32Array;
  private rows: Int32Array;
  /** Entry + 1 by hash bucket; 0 is an empty bucket. Kept at most half full. */
  private buckets: Int32Array;

  /** `expected`: about how many IDs will be counted (the table is sized for them; it grows past them). */
  constructor(expected = 32) {
    let entries = 64;
    while (entries < expected) entries *= 2;
    this.hashes = new Int32Array(entries);
    this.rows = new Int32Array(entries);
    this.buckets = new Int32Array(entries * 2);
  }

  get size(): number {
    return this.forms.length;
  }

  /** Counts one row holding the ID; gives the ID's entry, or -1 for an ID that is blank once trimmed. */
  add(id: string): number {
    const form = isPlainAscii(id) ? id : id.trim().toLowerCase();
    if (form === "") return -1;
    const hash = foldedHash(form);
    const mask = this.buckets.length - 1;
    for (let bucket = hash & mask; ; bucket = (bucket + 1) & mask) {
      const held = this.buckets[bucket] - 1;
      if (held < 0) return this.insert(bucket, form, hash);
      if (this.hashes[held] === hash && sameFolded(this.forms[held], form)) {
        this.rows[held]++;
        return held;
      }
    }
  }

  /** How many rows hold the entry's ID. */
  rowsOf(entry: number): number {
    return this.rows[entry];
  }

  /** The key of each ID on more than one row, with its number of rows. */
  repeated(): Map<string, number> {
    const repeated = new Map<string, number>();
    for (let entry = 0; entry < this.forms.length; entry++)
      if (this.rows[entry] > 1) repeated.set(keyOf(this.forms[entry]), this.rows[entry]);
    return repeated;
  }

  private insert(bucket: number, form: string, hash: number): number {
    const entry = this.forms.length;
    this.forms.push(form);
    if (entry === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.rows = grown(this.rows);
    }
    this.hashes[entry] = hash;
    this.rows[entry] = 1;
    this.buckets[bucket] = entry + 1;
    if (2 * this.forms.length > this.buckets.length) this.rehash();
    return entry;
  }

  private rehash(): void {
    const buckets = new Int32Array(this.buckets.length * 2);
    const mask = buckets.length - 1;
    for (let entry = 0; entry < this.forms.length; entry++) {
      let bucket = this.hashes[entry] & mask;
      while (buckets[bucket] !== 0) bucket = (bucket + 1) & mask;
      buckets[bucket] = entry + 1;
    }
    this.buckets = buckets;
  }
}

const UPPER_A = 65;
const UPPER_Z = 90;
const CASE_BIT = 32;

/** ASCII letters folded to lower case; every other code unit as it is. */
function fold(code: number): number {
  return code >= UPPER_A && code <= UPPER_Z ? code | CASE_BIT : code;
}

/** All ASCII, and nothing `trim` would take off either end: its key is itself in lower case. */
function isPlainAscii(id: string): boolean {
  const last = id.length - 1;
  if (last < 0 || id.charCodeAt(0) <= 32 || id.charCodeAt(last) <= 32) return false;
  for (let i = 0; i <= last; i++) if (id.charCodeAt(i) > 126) return false;
  return true;
}

/** The V-3 key of a form (a plain ASCII ID, or a key already). */
function keyOf(form: string): string {
  return isPlainAscii(form) ? form.toLowerCase() : form;
}

/** FNV-1a over the folded code units. */
function foldedHash(form: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < form.length; i++) hash = Math.imul(hash ^ fold(form.charCodeAt(i)), 0x01000193);
  return hash;
}

function sameFolded(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (fold(a.charCodeAt(i)) !== fold(b.charCodeAt(i))) return false;
  return true;
}

function grown(array: Int32Array): Int32Array {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}
