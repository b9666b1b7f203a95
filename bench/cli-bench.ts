import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const MEASURE = path.join(__dirname, "measure-cli.js");
const DUCKDB_PEER = path.join(__dirname, "duckdb-peer.js");
/** Peak memory is measured as maxRSS in KiB / 1024, so the figures printed are MiB. */
const MEMORY_TARGET_MIB = 200;
const XLSX_MEMORY_TARGET_MIB = 400;
const EXCELJS_PEER = path.join(__dirname, "exceljs-xlsx-peer.js");

interface Measured {
  code: number;
  seconds: number;
  maxRssMb: number;
}

function runMeasured(script: string, args: string[]): Measured {
  const run = spawnSync(process.execPath, [script, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  const last = run.stderr.trim().split("\n").pop() ?? "{}";
  const measured = JSON.parse(last) as Measured;
  if (measured.code !== 0) throw new Error(`${path.basename(script)} ${args.join(" ")} failed: ${run.stderr}`);
  return measured;
}

const sotp = (args: string[]) => runMeasured(MEASURE, args);
const rows = (n: number) => n.toLocaleString("en-GB");
const figure = (m: Measured) => `${m.seconds.toFixed(2)} s, peak memory ${Math.round(m.maxRssMb)} MiB`;

/** The DuckDB peer query beside the checkout (../shared/peers), or null when it is not there. */
function findPeerQuery(): string | null {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(path.dirname(dir), "shared/peers/duckdb-route.sql");
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * End-to-end CLI runs over generated files: `sotp route` CSV → CSV at two sizes on two threads (time linear in
 * rows?) and the large one on one thread, DuckDB running the peer query on the same large file in the same run, and
 * XLSX → XLSX beside an exceljs streaming copy of the same sheet; wall time and peak memory.
 */
export function benchCli(largeRows: number, smallRows: number, xlsxRows: number): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-bench-"));
  const lines: string[] = [];
  try {
    const csv = (n: number) => path.join(dir, `cohort-${n}.csv`);
    for (const n of [smallRows, largeRows]) sotp(["generate", "--rows", String(n), "--seed", "11", "-o", csv(n)]);
    const route = (n: number, threads: string) =>
      sotp(["route", csv(n), "--as-of", "2014-01-01", "--threads", threads, "-o", path.join(dir, `routed-${n}.csv`)]);
    const memoryMet = (m: Measured) => (m.maxRssMb <= MEMORY_TARGET_MIB ? "met" : "MISSED");
    const small = route(smallRows, "2");
    const large = route(largeRows, "2");
    const oneThread = route(largeRows, "1");
    lines.push(`cli route CSV ${rows(smallRows)} rows → CSV, --threads 2: ${figure(small)}`);
    lines.push(
      `cli route CSV ${rows(largeRows)} rows → CSV, --threads 2: ${figure(large)} (memory target ≤ 200 MiB: ${memoryMet(large)})`,
    );
    lines.push(`  --threads 1: ${figure(oneThread)} (memory target: ${memoryMet(oneThread)})`);
    const growth = large.seconds / small.seconds;
    const sizeRatio = largeRows / smallRows;
    lines.push(
      `  ${sizeRatio}× the rows took ${growth.toFixed(1)}× the time (target ≤ ${(sizeRatio * 1.1).toFixed(0)}×: ${growth <= sizeRatio * 1.1 ? "met" : "MISSED"})`,
    );
    const query = findPeerQuery();
    if (query === null) lines.push("  DuckDB peer: ../shared/peers/duckdb-route.sql not found, not run");
    else {
      const peer = runMeasured(DUCKDB_PEER, [query, csv(largeRows), path.join(dir, "duckdb.csv")]);
      const ratio = large.seconds / peer.seconds;
      lines.push(
        `  DuckDB (duckdb-route.sql, 2 threads) on the same file: ${figure(peer)}; sotp (2 threads)/DuckDB time ${ratio.toFixed(2)} (target ≤ 1: ${ratio <= 1 ? "met" : "MISSED"})`,
      );
    }
    const xlsx = path.join(dir, "cohort.xlsx");
    sotp(["generate", "--rows", String(xlsxRows), "--seed", "11", "-o", xlsx]);
    const routed = sotp(["route", xlsx, "--as-of", "2014-01-01", "-o", path.join(dir, "routed.xlsx")]);
    const xlsxMemory = routed.maxRssMb <= XLSX_MEMORY_TARGET_MIB ? "met" : "MISSED";
    lines.push(
      `cli route XLSX ${rows(xlsxRows)} rows → XLSX: ${figure(routed)} (memory target ≤ 400 MiB: ${xlsxMemory})`,
    );
    const copy = runMeasured(EXCELJS_PEER, [xlsx, path.join(dir, "exceljs-copy.xlsx")]);
    const xlsxRatio = routed.seconds / copy.seconds;
    lines.push(
      `  exceljs streaming copy of the cohort sheet (no routing): ${figure(copy)}; sotp/exceljs time ${xlsxRatio.toFixed(2)} (target < 1: ${xlsxRatio < 1 ? "met" : "MISSED"})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
