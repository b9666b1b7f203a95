import path from "node:path";
import {
  capacityEntriesFrom,
  CapacityRow,
  computeCapacitySummary,
  parseCapacityTable,
  summaryTableCells,
} from "../engine/capacity";
import { countStatuses, statusLabel } from "../engine";
import { formatDay, normaliseKey } from "../parsing";
import type { Policy } from "../policies";
import { CliError } from "./cli-error";
import { checkInputFile, checkSheetOption, resolveAsOf, resolvePolicy } from "./options";
import { CohortFile, fileKindOf, readCohortFile, readCsvCells, readWorksheet } from "./read-cohort-file";
import { routeCohortFile } from "./route-cohort-file";
import { summaryNotes } from "./summary-notes";
import { toCsv } from "./write-csv";
import { formatTextTable } from "./text-table";

export interface SummaryCommandOptions {
  sheet?: string;
  asOf?: string;
  policy?: string;
  capacity?: string;
  format: string;
  map?: string[];
  strict?: boolean;
}

/** `sotp summary`: capacity and waiting-list pressure per programme (and site), section 7 of the policy. */
export async function runSummaryCommand(
  input: string,
  options: SummaryCommandOptions,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<void> {
  if (options.format !== "text" && options.format !== "csv")
    throw new CliError(`--format "${options.format}": expected text or csv`);
  const policy = resolvePolicy(options.policy);
  const asOf = resolveAsOf(options.asOf);
  checkInputFile(input);
  checkSheetOption(input, options.sheet, fileKindOf(input));
  if (options.capacity !== undefined) checkInputFile(options.capacity, "cannot read capacity file");
  const file = await readCohortFile(input, options.sheet);
  const { routed } = routeCohortFile(file, { policy, asOf, map: options.map, strict: options.strict, stderr });
  const siteField = policy.data.roles.site;
  const bySite = routed.mapping.roles.some((role) => role.kind === "field" && role.field === siteField);
  const capacity = await readCapacity(options.capacity, file, policy);
  const summary = computeCapacitySummary({
    policy,
    entries: capacityEntriesFrom(routed.parsedRows, routed.results, policy),
    capacity: capacity.rows,
    asOf,
    bySite,
  });
  const table = summaryTableCells(summary);
  const entrySites = capacityEntriesFrom(routed.parsedRows, routed.results, policy).map((entry) => entry.site);
  const checks = summaryNotes(routed, summary, { rows: capacity.rows, sites: entrySites, bySite }, policy);
  for (const warning of checks.warnings) stderr.write(`sotp: warning: ${warning}\n`);
  if (options.format === "csv") {
    for (const note of checks.notes) stderr.write(`sotp: ${note}\n`);
    // CRLF, as RFC 4180 and the shared machine-readable example (capacity-example-planning-expected.csv) have it.
    stdout.write(toCsv(table, "\r\n"));
    return;
  }
  const counts = Object.entries(countStatuses(routed.results)).map(([key, n]) => [statusLabel(policy, key), n]);
  const lines = [
    `Capacity and waiting-list pressure, as of ${formatDay(asOf)} (${policy.stamp}); capacity: ${capacity.source}`,
    "",
    formatTextTable(table),
    "",
    `People by status: ${counts.map(([status, n]) => `${status} ${n}`).join(", ")}`,
  ];
  lines.push(...checks.notes);
  stdout.write(`${lines.join("\n")}\n`);
}

async function readCapacity(
  capacityFile: string | undefined,
  cohort: CohortFile,
  policy: Policy,
): Promise<{ rows: CapacityRow[]; source: string }> {
  let cells;
  let sheetName: string | undefined;
  let source: string;
  if (capacityFile !== undefined) {
    const file = await readCohortFile(capacityFile);
    cells = file.kind === "csv" ? readCsvCells(capacityFile) : file.sheet.rows;
    sheetName = file.kind === "csv" ? path.basename(capacityFile) : file.sheet.name;
    source = capacityFile;
  } else {
    const sheet = cohort.workbook?.worksheets.find((s) => normaliseKey(s.name) === "capacity");
    if (!sheet) return { rows: [], source: "the policy's defaults (no Capacity sheet)" };
    cells = readWorksheet(sheet).rows;
    sheetName = sheet.name;
    source = `sheet "${sheet.name}"`;
  }
  const table = parseCapacityTable(cells, policy, { sheetName });
  if (table.problems.length > 0)
    throw new CliError(`capacity table: ${table.problems.map((p) => p.message).join("; ")}`);
  return { rows: table.rows, source };
}
