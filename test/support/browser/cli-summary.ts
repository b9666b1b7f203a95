import { parse } from "csv-parse/sync";
import { PassThrough } from "node:stream";
import type { SummaryColumn } from "../../../src/engine/capacity";
import { runSummaryCommand } from "../../../src/cli/summary-command";
import { readCohortFile } from "../../../src/cli/read-cohort-file";
import { routeTable, statusLabel } from "../../../src/engine";
import { rowsOutsideSetting } from "../../../src/engine/capacity";
import { parseIsoDay } from "../../../src/parsing";
import { getBundledPolicy } from "../../../src/policies";

/** One row of `sotp summary --format csv`, by its header. */
export type CliSummaryRow = Record<SummaryColumn, string>;

/** What `sotp summary <file> --as-of <date> --format csv` prints, run in-process and parsed. */
export async function summariseWithCli(file: string, asOf: string): Promise<CliSummaryRow[]> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await runSummaryCommand(file, { asOf, format: "csv" }, out, new PassThrough());
  return parse(Buffer.concat(chunks).toString("utf8"), { columns: true }) as CliSummaryRow[];
}

/** How many rows of the file the engine gives each status, as of `asOf`, under the default policy. */
export async function countStatusesWithEngine(file: string, asOf: string): Promise<Map<string, number>> {
  const cohort = await readCohortFile(file);
  const policy = getBundledPolicy();
  const routed = routeTable(cohort.sheet.rows, { policy, asOf: parseIsoDay(asOf) as number });
  if (!routed.ok) throw new Error(routed.message);
  const counts = new Map<string, number>();
  for (const { status } of routed.results) {
    const text = statusLabel(policy, status);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

/** How many rows the engine recommends for a programme that does not run in their setting. */
export async function countOutsideSettingWithEngine(file: string, asOf: string): Promise<number> {
  const cohort = await readCohortFile(file);
  const policy = getBundledPolicy();
  const routed = routeTable(cohort.sheet.rows, { policy, asOf: parseIsoDay(asOf) as number });
  if (!routed.ok) throw new Error(routed.message);
  return rowsOutsideSetting(routed.parsedRows, routed.results, policy).reduce((sum, o) => sum + o.count, 0);
}
