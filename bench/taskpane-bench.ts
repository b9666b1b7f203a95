/// <reference types="office-js" />
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { routeCohortInExcel } from "../src/excel";
import { parseIsoDay } from "../src/parsing";
import { getBundledPolicy } from "../src/policies";
import { generateCohort, SAMPLE_HEADERS } from "../src/sample/generate-cohort";
import { createFakeExcel } from "../test/support/fake-excel";

const ROWS = 100_000;
const BUNDLE_TARGET_KB = 60;

/**
 * Task pane figures: the "Route cohort" action on 100,000 generated rows against the fake Excel (with Excel on the
 * web's 5 MB limit), and the pane's initial JavaScript, gzipped, without office.js.
 */
export async function benchTaskPane(): Promise<string[]> {
  return [...(await benchRouteInExcel()), measureInitialBundle()];
}

async function benchRouteInExcel(): Promise<string[]> {
  const fake = createFakeExcel({ firstSheetName: "Cohort" });
  fake.state.writeCells("Cohort", "A1", [[...SAMPLE_HEADERS], ...generateCohort({ rows: ROWS, seed: 7 })]);
  const options = { policy: getBundledPolicy(), asOf: parseIsoDay("2014-01-01") as number };
  const started = performance.now();
  const outcome = await fake.Excel.run((context) => routeCohortInExcel(context, options));
  const seconds = (performance.now() - started) / 1000;
  const largest = Math.max(...fake.syncLog.map((sync) => Math.max(sync.requestBytes, sync.responseBytes)));
  const mb = (bytes: number) => (bytes / 1_000_000).toFixed(2);
  return [
    `task pane: Route cohort on ${outcome.rowCount.toLocaleString("en-GB")} rows against the fake Excel: ` +
      `${fake.syncCount} syncs, largest payload ${mb(largest)} MB (limit 5 MB), ${seconds.toFixed(1)} s in Node`,
  ];
}

/** Builds the add-in with webpack into a temporary folder and gzips the scripts taskpane.html loads from the add-in. */
function measureInitialBundle(): string {
  const root = findRepository(__dirname);
  const outDir = mkdtempSync(path.join(os.tmpdir(), "sotp-bench-addin-"));
  try {
    const env = { ...process.env };
    delete env.ADDIN_URL;
    execFileSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", `outDir=${outDir}`],
      { cwd: root, stdio: "pipe", env },
    );
    const html = readFileSync(path.join(outDir, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
      .map((match) => match[1])
      .filter((src) => !/^https?:/.test(src));
    const bytes = scripts.map((src) => gzipSync(readFileSync(path.join(outDir, src)), { level: 9 }).length);
    const kb = bytes.reduce((a, b) => a + b, 0) / 1024;
    return (
      `task pane: initial JavaScript ${kb.toFixed(1)} KB gzipped (${scripts.join(", ")}; office.js excluded), ` +
      `target <= ${BUNDLE_TARGET_KB} KB: ${kb <= BUNDLE_TARGET_KB ? "met" : "MISSED"}`
    );
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function findRepository(from: string): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir))
    if (existsSync(path.join(dir, "webpack.config.js"))) return dir;
  throw new Error(`no webpack.config.js above ${from}`);
}
