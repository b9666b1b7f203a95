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
 * timed; parsing and routing are timed separately. The heap is collected (outside the timings) before each timed
 * phase, so one phase's garbage is not billed to the next; each block's results are tallied, then dropped.
 */
export function benchEngine(rowCount: number): string[] {
  const policy = getBundledPolicy();
  const parseRow = createRowParser(mapHeaders([...SAMPLE_HEADERS], policy), policy);
  const router = createRouter(policy, { asOf: parseIsoDay("2014-01-01") as number });
  routeCohort(
    router,
    generateCohort({ rows: BLOCK_ROWS, seed: 1 }).map((row) => parseRow(row)),
  ); // warm-up
  let parseSeconds = 0;
  let routeSeconds = 0;
  let incomplete = 0;
  let completeRows = 0;
  let completeSeconds = 0;
  for (let start = 0; start < rowCount; start += BLOCK_ROWS) {
    const cells = generateCohort({ rows: Math.min(BLOCK_ROWS, rowCount - start), seed: 7 + start });
    collectGarbage();
    const parseStart = process.hrtime.bigint();
    const parsed = cells.map((row) => parseRow(row));
    parseSeconds += elapsed(parseStart);
    collectGarbage();
    const routeStart = process.hrtime.bigint();
    const results = routeCohort(router, parsed);
    routeSeconds += elapsed(routeStart);
    for (const result of results) if (result.kind === "incomplete") incomplete++;
    const complete = parsed.filter((row) => BLANK_MEANS_ANY.every((field) => row.values[field] !== null));
    collectGarbage();
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
