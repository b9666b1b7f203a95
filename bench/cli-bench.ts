import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const MEASURE = path.join(__dirname, "measure-cli.js");

interface Measured {
  code: number;
  seconds: number;
  maxRssMb: number;
}

function runMeasured(args: string[]): Measured {
  const run = spawnSync(process.execPath, [MEASURE, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  const last = run.stderr.trim().split("\n").pop() ?? "{}";
  const measured = JSON.parse(last) as Measured;
  if (measured.code !== 0) throw new Error(`sotp ${args.join(" ")} failed: ${run.stderr}`);
  return measured;
}

/** End-to-end CLI runs over generated 100,000-row files: wall time and peak memory. */
export function benchCli(rowCount: number): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sotp-bench-"));
  const lines: string[] = [];
  for (const kind of ["csv", "xlsx"] as const) {
    const input = path.join(dir, `cohort.${kind}`);
    runMeasured(["generate", "--rows", String(rowCount), "--seed", "11", "-o", input]);
    const measured = runMeasured(["route", input, "--as-of", "2014-01-01", "-o", path.join(dir, `routed.${kind}`)]);
    const target = kind === "csv" ? " (target ≤ 2 s)" : "";
    lines.push(
      `cli route ${kind.toUpperCase()} ${rowCount.toLocaleString("en-GB")} rows → ${kind.toUpperCase()}: ${measured.seconds.toFixed(2)} s${target}, peak memory ${Math.round(measured.maxRssMb)} MB`,
    );
  }
  return lines;
}
