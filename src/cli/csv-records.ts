/** Thrown when the text holds something the fast reader leaves to csv-parse (odd quotes, mixed line ends). */
export class UnusualCsv extends Error {}

/** Where a reader starts that is given a file from a record boundary past its first line end (csv-blocks.ts). */
export interface MidFile {
  /** Whether the file's lines end in `\r\n` (CsvRecords.crlfLines of the reader of its start). */
  crlf: boolean;
}

/**
 * A CSV reader fed text chunk by chunk, giving the records each chunk completes: the records csv-parse gives with
 * `bom`, `relax_column_count` and empty lines kept, for files whose lines all end in `\n` or all in `\r\n` and whose
 * quotes are RFC 4180's. Anything else throws UnusualCsv (the caller reads the file with csv-parse instead), so
 * the records are csv-parse's in every case; the tests compare the two on random text.
 */
export class CsvRecords {
  private carry = "";
  private crlf: boolean | null = null;
  private started = false;
  private picked: boolean[] | null = null;
  /** Whether the text being read holds a carriage return (then picked fields are read character by character). */
  private crInText = true;
  /** Per record of the last push or end, its number of fields (also when only some were picked). */
  widths: number[] = [];
  /** Per record of the last push or end, its line without the line end when it holds no quote, else null. */
  lines: (string | null)[] = [];

  /** `midFile`: the text starts at a record boundary past the file's first line end (no BOM to strip there). */
  constructor(
    private readonly delimiter: string,
    midFile?: MidFile,
  ) {
    if (midFile === undefined) return;
    this.started = true;
    this.crlf = midFile.crlf;
  }

  /** Whether the lines end in `\r\n`, once the first line end has been read (else null). */
  get crlfLines(): boolean | null {
    return this.crlf;
  }

  /**
   * From now on a record without quotes holds only these columns (the others undefined, `widths` still counting
   * every field), for a pass that reads the IDs only; `lines` is null for such records.
   */
  pickColumns(columns: readonly number[]): void {
    this.picked = [];
    for (const column of columns) this.picked[column] = true;
  }

  push(chunk: string): string[][] {
    let text = this.carry + chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const records: string[][] = [];
    this.widths = [];
    this.lines = [];
    this.crInText = this.picked === null || text.includes("\r");
    this.carry = text.slice(this.readRecords(text, false, records));
    return records;
  }

  end(): string[][] {
    const records: string[][] = [];
    this.widths = [];
    this.lines = [];
    const rest = this.readRecords(this.carry, true, records);
    if (rest !== this.carry.length) throw new UnusualCsv("unfinished record");
    this.carry = "";
    return records;
  }

  /** Reads whole records from `text` into `records`; returns where the unfinished rest begins. */
  private readRecords(text: string, final: boolean, records: string[][]): number {
    const { delimiter } = this;
    let pos = 0;
    // the next quote at or after pos, found once per stretch (not once per line); -1: none, -2: not yet looked for
    // (looked for in the loop: with the only search before it, V8's optimised loop ran 5-100 times slower)
    let quote = -2;
    while (pos < text.length) {
      const newline = text.indexOf("\n", pos);
      if (newline < 0 && !final) {
        // a carriage return with no line feed after it (an old Mac file): csv-parse's, and not worth carrying on;
        // one after a quote may be inside a quoted field, which the record decides once the rest of it has come
        const cr = text.indexOf("\r", pos);
        const quoteBefore = cr >= 0 && text.lastIndexOf('"', cr) >= pos;
        if (cr >= 0 && cr < text.length - 1 && !quoteBefore) throw new UnusualCsv("carriage return");
        return pos;
      }
      const lineEnd = newline < 0 ? text.length : newline;
      if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
      if (quote < 0 || quote > lineEnd) {
        if (this.picked !== null) records.push(this.pickFields(text, pos, lineEnd, newline >= 0));
        else {
          let line = text.slice(pos, lineEnd);
          if (newline >= 0) line = this.stripLineEnd(line);
          else if (line.includes("\r")) throw new UnusualCsv("carriage return");
          const fields = line.split(delimiter);
          records.push(fields);
          this.widths.push(fields.length);
          this.lines.push(line);
        }
        pos = newline < 0 ? text.length : newline + 1;
        continue;
      }
      const next = this.readQuotedRecord(text, pos, final, records);
      if (next < 0) return pos;
      pos = next;
    }
    return pos;
  }

  /** The picked fields of a line without quotes, read in one sweep (stripLineEnd's checks included). */
  private pickFields(text: string, start: number, lineEnd: number, hasNewline: boolean): string[] {
    const picked = this.picked as boolean[];
    const { delimiter } = this;
    let stop = lineEnd;
    if (hasNewline) {
      const endsInCr = stop > start && text.charCodeAt(stop - 1) === 0x0d;
      this.lineEnd(endsInCr);
      if (endsInCr) stop--;
    }
    const fields: string[] = [];
    let field = 0;
    let from = start;
    if (!this.crInText) {
      // no carriage return in the text (see push): from delimiter to delimiter with indexOf, which searches far
      // faster than a loop over the characters
      for (let at = text.indexOf(delimiter, from); at >= 0 && at < stop; at = text.indexOf(delimiter, from)) {
        if (picked[field] === true) fields[field] = text.slice(from, at);
        field++;
        from = at + 1;
      }
    } else {
      const delimiterCode = delimiter.charCodeAt(0);
      for (let i = start; i < stop; i++) {
        const code = text.charCodeAt(i);
        if (code === delimiterCode) {
          if (picked[field] === true) fields[field] = text.slice(from, i);
          field++;
          from = i + 1;
        } else if (code === 0x0d) throw new UnusualCsv("carriage return");
      }
    }
    if (picked[field] === true) fields[field] = text.slice(from, stop);
    this.widths.push(field + 1);
    this.lines.push(null);
    return fields;
  }

  /** A line's `\r` before its `\n` in CRLF files; the first line decides which kind the file is. */
  private stripLineEnd(line: string): string {
    const endsInCr = line.endsWith("\r");
    if (this.crlf === null) this.crlf = endsInCr;
    if (this.crlf !== endsInCr) throw new UnusualCsv("mixed line ends");
    const body = endsInCr ? line.slice(0, -1) : line;
    if (body.includes("\r")) throw new UnusualCsv("carriage return");
    return body;
  }

  /** One record holding a quote, field by field; -1 when the text ends before the record does. */
  private readQuotedRecord(text: string, start: number, final: boolean, records: string[][]): number {
    const { delimiter } = this;
    const fields: string[] = [];
    let pos = start;
    for (;;) {
      if (text.charCodeAt(pos) === 0x22) {
        let value = "";
        let from = pos + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0 || close + 1 >= text.length) {
            if (!final || close < 0) return final ? fail("unclosed quote") : -1;
            value += text.slice(from, close);
            pos = close + 1;
            break;
          }
          if (text.charCodeAt(close + 1) === 0x22) {
            value += text.slice(from, close + 1);
            from = close + 2;
            continue;
          }
          value += text.slice(from, close);
          pos = close + 1;
          break;
        }
        if (this.crlf === null && /[\r\n]/.test(value)) throw new UnusualCsv("line break before the first line end");
        fields.push(value);
      } else {
        let end = pos;
        while (end < text.length && text[end] !== delimiter && text[end] !== "\n" && text[end] !== "\r") end++;
        const value = text.slice(pos, end);
        if (value.includes('"')) throw new UnusualCsv("quote inside a field");
        fields.push(value);
        pos = end;
      }
      if (pos >= text.length) {
        if (!final) return -1;
        this.emit(records, fields);
        return pos;
      }
      const after = text[pos];
      if (after === delimiter) {
        pos++;
        continue;
      }
      if (after === "\r") {
        if (pos + 1 >= text.length) return final ? fail("carriage return") : -1;
        if (text[pos + 1] !== "\n") throw new UnusualCsv("carriage return");
        this.lineEnd(true);
        this.emit(records, fields);
        return pos + 2;
      }
      if (after === "\n") {
        this.lineEnd(false);
        this.emit(records, fields);
        return pos + 1;
      }
      throw new UnusualCsv("text after a closing quote");
    }
  }

  private emit(records: string[][], fields: string[]): void {
    records.push(fields);
    this.widths.push(fields.length);
    this.lines.push(null);
  }

  private lineEnd(crlf: boolean): void {
    if (this.crlf === null) this.crlf = crlf;
    if (this.crlf !== crlf) throw new UnusualCsv("mixed line ends");
  }
}

function fail(reason: string): never {
  throw new UnusualCsv(reason);
}
