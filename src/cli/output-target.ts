import { closeSync, existsSync, mkdirSync, openSync, realpathSync, write, writeSync } from "node:fs";
import path from "node:path";
import { CliError } from "./cli-error";
import { fileKindOf } from "./read-cohort-file";

// The output-file conventions of `sotp route` and `sotp calc` (route-command.ts keeps its stricter `-o` kinds).

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

/** An output written while the next part is being made: standard output, or a file written by the I/O threads. */
export interface PipelinedOutput {
  /** Queues the text; the promise settles once it is written (one write at a time, in order; pipes too). */
  write(chunk: string | Uint8Array): Promise<void> | void;
  /** Waits for the writes still queued, then closes the file. */
  close(): Promise<void>;
}

export function openPipelinedOutput(output: string | undefined, stdout: NodeJS.WritableStream): PipelinedOutput {
  if (output === undefined) return { write: (chunk) => void stdout.write(chunk), close: async () => undefined };
  mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  const fd = openSync(output, "w");
  let last: Promise<void> = Promise.resolve();
  const writeAll = async (bytes: Uint8Array) => {
    for (let done = 0; done < bytes.length;) done += await writeSome(fd, bytes, done);
  };
  return {
    write(chunk) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      const written = last.then(() => writeAll(bytes)); // after a failed write, none of the later ones is made
      written.catch(() => undefined); // the caller awaits it; this only keeps an early failure from going unheard
      last = written;
      return written;
    },
    async close() {
      await last.catch(() => undefined);
      closeSync(fd);
    },
  };
}

function writeSome(fd: number, bytes: Uint8Array, offset: number): Promise<number> {
  return new Promise((resolve, reject) =>
    write(fd, bytes, offset, bytes.length - offset, null, (error, written) =>
      error ? reject(error) : resolve(written),
    ),
  );
}
