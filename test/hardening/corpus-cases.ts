import { readFileSync } from "node:fs";
import path from "node:path";
import type { CellValue } from "../../src/parsing";

export const CORPUS_FILE = path.resolve(__dirname, "../fixtures/bad-inputs/corpus.json");

/** A cell in the corpus file: JSON, or an object standing for what JSON cannot hold. */
export type CorpusCell =
  | string
  | number
  | boolean
  | null
  | { $date: string }
  | { $repeat: string; times: number }
  | { $number: "NaN" | "Infinity" | "-Infinity" };

export interface CorpusCase {
  name: string;
  /** One person: header → cell, laid over the corpus's base row (a null removes a base cell). */
  cells?: Record<string, CorpusCell>;
  /** Several people routed as one cohort, each laid over the base row. */
  rows?: Record<string, CorpusCell>[];
  /** A header row of its own (the file is rejected as a whole). */
  headers?: CorpusCell[];
  /** Status of the row, or of each row. */
  status?: string | string[];
  /** Exact `;`-joined flags of the row, or of each row. */
  flags?: string | string[];
  /** A substring the reasons (or the file's one message) must contain. */
  message?: string;
  /** A regular expression the reasons (or the file's one message) must match. */
  pattern?: string;
}

export interface Corpus {
  asOf: string;
  base: Record<string, CorpusCell>;
  cases: CorpusCase[];
}

export function loadCorpus(): Corpus {
  return JSON.parse(readFileSync(CORPUS_FILE, "utf8")) as Corpus;
}

/** The value a cell of the corpus stands for, as Excel, a CSV or Office.js would hand it over. */
export function cellFromCorpus(cell: CorpusCell): CellValue {
  if (cell === null || typeof cell !== "object") return cell;
  if ("$date" in cell) return new Date(cell.$date === "invalid" ? Number.NaN : `${cell.$date}T00:00:00Z`);
  if ("$repeat" in cell) return cell.$repeat.repeat(cell.times);
  return Number(cell.$number);
}

/** The base row with the case's cells laid over it; a null cell removes the column. */
export function recordFor(base: Corpus["base"], cells: Record<string, CorpusCell>): Record<string, CellValue> {
  const record: Record<string, CellValue> = {};
  for (const [header, cell] of Object.entries({ ...base, ...cells })) {
    if (cell !== null) record[header] = cellFromCorpus(cell);
  }
  return record;
}
