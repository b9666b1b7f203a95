import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

/** The project's shared worked examples (`../shared/examples` beside the repository). */
export const SHARED_EXAMPLES_BESIDE_REPO = path.resolve(__dirname, "../../../shared/examples");
/** A copy kept in the repository, used only where `../shared` is not beside the checkout. */
export const VENDORED_SHARED_EXAMPLES = path.resolve(__dirname, "../fixtures/shared-examples");

/** The folder the example tests read: the shared one when present, else the vendored copy. */
export const SHARED_EXAMPLES = existsSync(SHARED_EXAMPLES_BESIDE_REPO)
  ? SHARED_EXAMPLES_BESIDE_REPO
  : VENDORED_SHARED_EXAMPLES;

/** Reads a CSV file as rows of strings (the header row first). */
export function readCsvRows(file: string): string[][] {
  return parse(readFileSync(file), { bom: true, relax_column_count: true }) as string[][];
}

/** Reads a CSV file as records keyed by header. */
export function readCsvRecords(file: string): Record<string, string>[] {
  const [headers, ...rows] = readCsvRows(file);
  return rows.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? ""])));
}
