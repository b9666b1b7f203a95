import { existsSync, readFileSync } from "node:fs";
import { getBundledPolicy, loadPolicy, Policy, PolicyError } from "../policies";
import { DATE_TEXT_EXAMPLES, parseDayText, todayDay } from "../parsing";
import { CliError } from "./cli-error";

/** `--policy ID|FILE`: a bundled policy id, or a policy JSON file. */
export function resolvePolicy(choice: string | undefined): Policy {
  try {
    if (choice !== undefined && existsSync(choice)) return loadPolicy(JSON.parse(readFileSync(choice, "utf8")));
    return getBundledPolicy(choice);
  } catch (error) {
    if (error instanceof PolicyError || error instanceof SyntaxError) throw new CliError(error.message);
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
