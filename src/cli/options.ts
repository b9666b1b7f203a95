import { existsSync, readFileSync, statSync } from "node:fs";
import { getBundledPolicy, loadPolicy, Policy, PolicyError } from "../policies";
import { DATE_TEXT_EXAMPLES, parseDayText, todayDay } from "../parsing";
import { CliError } from "./cli-error";

/**
 * `--policy ID|ID@VERSION|FILE`: a bundled policy id, the stamp the Policy column prints (`foi-86525@1.0.0`, refused
 * unless the bundled version is that one), or a policy JSON file.
 */
export function resolvePolicy(choice: string | undefined): Policy {
  const isFile = choice !== undefined && existsSync(choice);
  try {
    if (isFile) return loadPolicy(JSON.parse(readFileSync(choice, "utf8")));
    const [id, version] = (choice ?? "").split("@");
    const policy = getBundledPolicy(choice === undefined ? undefined : id);
    if (version !== undefined && version !== policy.data.version)
      throw new CliError(
        `--policy ${choice}: this SOTP Router has ${policy.stamp} only; use --policy ${policy.data.id}, or a policy JSON file of version ${version}`,
      );
    return policy;
  } catch (error) {
    const where = isFile ? `policy file ${choice}: ` : "";
    if (error instanceof PolicyError || error instanceof SyntaxError) throw new CliError(`${where}${error.message}`);
    throw error;
  }
}

/** `--as-of DATE` (the date forms a cell accepts, other than serial numbers), default today. */
export function resolveAsOf(text: string | undefined): number {
  if (text === undefined) return todayDay();
  const day = parseDayText(text);
  if (day === null) throw new CliError(`--as-of "${text}" is not a date (expected ${DATE_TEXT_EXAMPLES})`);
  return day;
}

/** How many threads a CSV → CSV route may use: `auto` takes a second one when a core is free. */
export type ThreadChoice = "auto" | 1 | 2;

/** `--threads auto|1|2`, default auto. */
export function resolveThreads(text: string | undefined): ThreadChoice {
  if (text === undefined || text === "auto") return "auto";
  if (text === "1" || text === "2") return Number(text) as 1 | 2;
  throw new CliError(`--threads "${text}" is not one of auto, 1 or 2`);
}

/** An input file that exists and is a file, or a message saying which it is not. */
export function checkInputFile(file: string, what = "cannot read"): void {
  if (!existsSync(file)) throw new CliError(`${what} ${file}: the file does not exist`);
  if (statSync(file).isDirectory()) throw new CliError(`${what} ${file}: it is a folder, not a file`);
}

/** `--sheet` chooses a sheet of an .xlsx file; a CSV has none. */
export function checkSheetOption(input: string, sheet: string | undefined, kind: string | null): void {
  if (sheet !== undefined && kind === "csv")
    throw new CliError(`--sheet "${sheet}": ${input} is a CSV file, which has no sheets; leave --sheet out`);
}
