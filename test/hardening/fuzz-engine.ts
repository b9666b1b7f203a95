import { createRouter, routeCohort, statusLabel } from "../../src/engine";
import { createRowParser, mapHeaders, parseIsoDay } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { createRandom, FUZZ_HEADERS, randomRow } from "./random-cells";

export interface FuzzReport {
  rows: number;
  seed: number;
  milliseconds: number;
  /** Rows per status; "" counts all-blank rows, which get blank outputs. */
  statusCounts: Record<string, number>;
  /** Rows whose status was not exactly one of the policy's statuses (or blank for an all-blank row). */
  badRows: { row: number; status: string }[];
}

/** Cohorts of this many rows, so the duplicate-ID pass runs too without holding a million parsed rows. */
const COHORT_SIZE = 10_000;

/** Routes `rows` random rows through the real header mapping, row parser and engine; throws on any exception. */
export function fuzzEngine(rows: number, seed = 20140101): FuzzReport {
  const policy = getBundledPolicy("foi-86525");
  const statuses = new Set(Object.values(policy.data.statuses));
  const parseRow = createRowParser(mapHeaders(FUZZ_HEADERS, policy), policy);
  const router = createRouter(policy, { asOf: parseIsoDay("2014-01-01") as number });
  const random = createRandom(seed);
  const report: FuzzReport = { rows: 0, seed, milliseconds: 0, statusCounts: {}, badRows: [] };
  const started = performance.now();
  while (report.rows < rows) {
    const size = Math.min(COHORT_SIZE, rows - report.rows);
    const parsed = Array.from({ length: size }, () => parseRow(randomRow(random)));
    const results = routeCohort(router, parsed);
    if (results.length !== size) throw new Error(`${results.length} results for ${size} rows`);
    results.forEach((result, index) => {
      const status = statusLabel(policy, result.status);
      const ok = parsed[index].blank ? status === "" : statuses.has(status);
      if (!ok) report.badRows.push({ row: report.rows + index, status });
      report.statusCounts[status] = (report.statusCounts[status] ?? 0) + 1;
    });
    report.rows += size;
  }
  report.milliseconds = Math.round(performance.now() - started);
  return report;
}

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index < 0 ? fallback : Number(process.argv[index + 1]);
}

if (require.main === module) {
  const report = fuzzEngine(argument("--rows", 1_000_000), argument("--seed", 20140101));
  console.log(JSON.stringify(report, null, 2));
  process.exitCode = report.badRows.length === 0 ? 0 : 1;
}
