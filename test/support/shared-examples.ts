import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

/** The folder of worked examples shared with the project (`../shared/examples` beside the repository). */
export const SHARED_EXAMPLES = path.resolve(__dirname, "../../../shared/examples");

/** Reads a CSV file as rows of strings (the header row first). */
export function readCsvRows(file: string): string[][] {
  return parse(readFileSync(file), { bom: true, relax_column_count: true }) as string[][];
}

/** Reads a CSV file as records keyed by header. */
export function readCsvRecords(file: string): Record<string, string>[] {
  const [headers, ...rows] = readCsvRows(file);
  return rows.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? ""])));
}
