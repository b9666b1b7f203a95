import { createRouter, routeCohort } from "../src/engine";
import { createRowParser, mapHeaders, parseIsoDay } from "../src/parsing";
import { getBundledPolicy } from "../src/policies";
import { generateCohort, SAMPLE_HEADERS } from "../src/sample/generate-cohort";

const BLOCK_ROWS = 10_000;
const BLANK_MEANS_ANY = ["offence", "rm2000s", "ogrs3"];

const elapsed = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const perSecond = (rows: number, seconds: number) => Math.round(rows / seconds).toLocaleString("en-GB");

/**
 * Engine throughput over generated rows, fed block by block as the CLI and the task pane feed it. Generating is not
 * timed; parsing and routing are timed separately; each block's results are tallied, then dropped. The heap is
 * collected once, before the first block, and then left to the collector as in a real run: a full collection forced
 * before every block (the method of earlier rounds) made the next block's routing 2-5 times slower (a forced
 * collection leaves the heap to be swept concurrently, on a 2-core machine, while the next phase runs; and it throws
 * away optimised code that held objects of the block before). Garbage the generator leaves is collected while
 * something is timed, so the figures err on the slow side.
 */
export function benchEngine(rowCount: number): string[] {
  const policy = getBundledPolicy();
  const parseRow = createRowParser(mapHeaders([...SAMPLE_HEADERS], policy), policy);
  const router = createRouter(policy, { asOf: parseIsoDay("2014-01-01") as number });
  routeCohort(
    router,
    generateCohort({ rows: BLOCK_ROWS, seed: 1 }).map((row) => parseRow(row)),
  ); // warm-up
  collectGarbage();
  let parseSeconds = 0;
  let routeSeconds = 0;
  let incomplete = 0;
  let completeRows = 0;
  let completeSeconds = 0;
  for (let start = 0; start < rowCount; start += BLOCK_ROWS) {
    const cells = generateCohort({ rows: Math.min(BLOCK_ROWS, rowCount - start), seed: 7 + start });
    const parseStart = process.hrtime.bigint();
    const parsed = cells.map((row) => parseRow(row));
    parseSeconds += elapsed(parseStart);
    const routeStart = process.hrtime.bigint();
    const results = routeCohort(router, parsed);
    routeSeconds += elapsed(routeStart);
    for (const result of results) if (result.kind === "incomplete") incomplete++;
    const complete = parsed.filter((row) => BLANK_MEANS_ANY.every((field) => row.values[field] !== null));
    const completeStart = process.hrtime.bigint();
    for (const row of complete) router.routeRow(row);
    completeSeconds += elapsed(completeStart);
    completeRows += complete.length;
  }
  const rows = rowCount.toLocaleString("en-GB");
  const gcNote = typeof global.gc === "function" ? "" : " (run node with --expose-gc for steadier figures)";
  return [
    `engine: ${rows} rows routed in ${routeSeconds.toFixed(2)} s = ${perSecond(rowCount, routeSeconds)} rows/s (target ≥ 2,000,000 rows/s; ${incomplete.toLocaleString("en-GB")} rows Incomplete)${gcNote}`,
    `  of which rows with Offence, RM2000/s and OGRS3 all given (no V-2 runs, no V-3 pass): ${completeRows.toLocaleString("en-GB")} rows at ${perSecond(completeRows, completeSeconds)} rows/s`,
    `parsing: ${rows} rows of text cells parsed in ${parseSeconds.toFixed(2)} s = ${perSecond(rowCount, parseSeconds)} rows/s`,
  ];
}

function collectGarbage(): void {
  if (typeof global.gc === "function") global.gc();
}
