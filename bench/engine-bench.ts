import { createRouter, routeCohort } from "../src/engine";
import { createRowParser, mapHeaders, parseIsoDay } from "../src/parsing";
import { getBundledPolicy } from "../src/policies";
import { generateCohort, SAMPLE_HEADERS } from "../src/sample/generate-cohort";

const BLOCK_ROWS = 10_000;

const elapsed = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const perSecond = (rows: number, seconds: number) => Math.round(rows / seconds).toLocaleString("en-GB");

/**
 * Engine throughput over generated rows. Generating is not timed; parsing and routing are timed separately. The
 * heap is collected before each timed phase so one phase's garbage is not billed to the next, and each block's
 * results are tallied and dropped, as the CLI and the task pane consume them.
 */
export function benchEngine(rowCount: number): string[] {
  const policy = getBundledPolicy();
  const parseRow = createRowParser(mapHeaders([...SAMPLE_HEADERS], policy), policy);
  const router = createRouter(policy, { asOf: parseIsoDay("2014-01-01") as number });
  routeCohort(
    router,
    generateCohort({ rows: BLOCK_ROWS, seed: 1 }).map((row) => parseRow(row)),
  ); // warm-up
  const cells = generateCohort({ rows: rowCount, seed: 7 });
  collectGarbage();
  const parseStart = process.hrtime.bigint();
  const parsed = cells.map((row) => parseRow(row));
  const parseSeconds = elapsed(parseStart);
  cells.length = 0;
  collectGarbage();
  let incomplete = 0;
  const routeStart = process.hrtime.bigint();
  for (let start = 0; start < rowCount; start += BLOCK_ROWS) {
    for (const result of routeCohort(router, parsed.slice(start, start + BLOCK_ROWS))) {
      if (result.status === "Incomplete") incomplete++;
    }
  }
  const routeSeconds = elapsed(routeStart);
  const rows = rowCount.toLocaleString("en-GB");
  const gcNote = typeof global.gc === "function" ? "" : " (run node with --expose-gc for steadier figures)";
  return [
    `engine: ${rows} rows routed in ${routeSeconds.toFixed(2)} s = ${perSecond(rowCount, routeSeconds)} rows/s (target ≥ 1,000,000 rows/s; ${incomplete.toLocaleString("en-GB")} Incomplete rows needed the V-2 enumeration)${gcNote}`,
    `parsing: ${rows} rows of text cells parsed in ${parseSeconds.toFixed(2)} s = ${perSecond(rowCount, parseSeconds)} rows/s`,
  ];
}

function collectGarbage(): void {
  if (typeof global.gc === "function") global.gc();
}
