import { existsSync, readFileSync } from "node:fs";
import { getBundledPolicy, loadPolicy, Policy, PolicyError } from "../policies";
import { parseIsoDay, todayDay } from "../parsing";
import { CliError } from "./cli-error";

/** `--policy ID|FILE`: a bundled policy id, or a policy JSON file. */
export function resolvePolicy(choice: string | undefined): Policy {
  const isFile = choice !== undefined && existsSync(choice);
  try {
    if (isFile) return loadPolicy(JSON.parse(readFileSync(choice, "utf8")));
    return getBundledPolicy(choice);
  } catch (error) {
    const where = isFile ? `policy file ${choice}: ` : "";
    if (error instanceof PolicyError || error instanceof SyntaxError) throw new CliError(`${where}${error.message}`);
    throw error;
  }
}

/** `--as-of YYYY-MM-DD`, default today. */
export function resolveAsOf(text: string | undefined): number {
  if (text === undefined) return todayDay();
  const day = parseIsoDay(text);
  if (day === null) throw new CliError(`--as-of "${text}" is not a date as YYYY-MM-DD`);
  return day;
}
