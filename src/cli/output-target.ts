import { closeSync, existsSync, mkdirSync, openSync, realpathSync, writeSync } from "node:fs";
import path from "node:path";
import { CliError } from "./cli-error";
import { fileKindOf } from "./read-cohort-file";

// The output-file conventions of `sotp route`, for `sotp calc` (route-command.ts keeps its own copy for now).

export type OutputKind = "csv" | "xlsx" | "json";

/** `-o out.csv|out.xlsx|out.json`; no -o: CSV on standard output. */
export function outputKindOf(output: string | undefined): OutputKind {
  if (output === undefined) return "csv";
  if (output.toLowerCase().endsWith(".json")) return "json";
  const kind = fileKindOf(output);
  if (kind === null) throw new CliError(`-o ${output}: expected a .csv, .xlsx or .json file name`);
  return kind;
}

export function refuseToOverwriteInput(input: string, output: string | undefined): void {
  if (output === undefined) return;
  const same =
    path.resolve(input) === path.resolve(output) ||
    (existsSync(input) && existsSync(output) && realpathSync(input) === realpathSync(output));
  if (same) throw new CliError(`-o ${output} is the input file; sotp never writes over its input`);
}

/** Standard output, or a file written chunk by chunk (so a large output is never one string in memory). */
export function openOutput(
  output: string | undefined,
  stdout: NodeJS.WritableStream,
): { write(chunk: string): void; close(): void } {
  if (output === undefined) return { write: (chunk) => void stdout.write(chunk), close: () => undefined };
  mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  const fd = openSync(output, "w");
  return { write: (chunk) => void writeSync(fd, chunk), close: () => closeSync(fd) };
}
