import { performance } from "node:perf_hooks";
import { CellFacts, NO_FACTS } from "../src/functions/cell-facts";
import { prepareRoute, routeCells } from "../src/functions/route-cells";
import { SAMPLE_HEADERS } from "../src/sample/generate-cohort";
import { timePhases } from "./functions-phases";

const ROWS = 10_000;
const RUNS = 9;
const HEADERS = [...SAMPLE_HEADERS];
const OFFENCES = ["Contact", "Attempted", "Sexually motivated", "Non-contact", "Online grooming", "IIOC only"];
const BANDS = ["Low", "Medium", "High", "Very High"];
const NEEDS = [null, "SPC", "ASB;SE", "WD", null, "None"];
const COMPLETED = [null, null, null, "LI", "BNM"];

/** A small deterministic generator, so every bench run routes the same rows. */
function createRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((state / 2_147_483_648) * n); // the high bits: an LCG's low bits repeat quickly
  };
}

/** Rows as Excel passes them to =SOTP.ROUTE: numbers, booleans, nulls and date serials. */
export function generateExcelRows(count: number): unknown[][] {
  const pick = createRandom(86_525);
  return Array.from({ length: count }, (_, index) => [
    `P${index}`,
    pick(20) === 0 ? "F" : null,
    17 + pick(50),
    OFFENCES[pick(OFFENCES.length)],
    pick(30) === 0 ? null : BANDS[pick(BANDS.length)],
    pick(3) === 0 ? BANDS[pick(BANDS.length)] : pick(101),
    pick(4) === 0 ? 55 + pick(60) : null,
    pick(10) === 0,
    pick(8) === 0 ? "Y" : null,
    pick(12) === 0 ? "N" : null,
    pick(15) === 0 ? 1 : 0,
    NEEDS[pick(NEEDS.length)],
    COMPLETED[pick(COMPLETED.length)],
    pick(4) === 0 ? "Community" : "Custody",
    41_640 + pick(1_500),
    `HMP ${pick(12)}`,
  ]);
}

/** What Excel tells a call over a real range: the OGRS3 column's number formats (none %) and value types (none empty). */
function ogrs3FormatsRead(count: number): CellFacts {
  const none = new Array<boolean>(count).fill(false);
  return new Map([[HEADERS.indexOf("OGRS3"), { empty: none, percent: none }]]);
}

/**
 * The median and best of `RUNS` timed calls, after two warm-ups (the optimising compiler settles after a few), and
 * the median process CPU time of a call (GC threads included), which other processes on a busy machine inflate less.
 */
function timeCalls(call: () => unknown): string {
  call();
  call();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    call();
    times.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const [median, best, cpu] = [times[RUNS >> 1], times[0], cpuTimes[RUNS >> 1]].map((time) => time.toFixed(1));
  return `median ${median} ms, best ${best} ms (CPU median ${cpu} ms)`;
}

/** Times one =SOTP.ROUTE over 10,000 rows (argument reading, parsing, routing, output cells); printable lines. */
export async function benchCustomFunctions(): Promise<string[]> {
  const args = { rows: generateExcelRows(ROWS), headers: [HEADERS], fields: null, asOf: "2014-01-01" };
  const statuses = new Map<string, number>();
  for (const [, status] of routeCells(prepareRoute(args), NO_FACTS))
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const formats = ogrs3FormatsRead(ROWS);
  const summary = [...statuses].map(([status, count]) => `${status} ${count}`).join(", ");
  return [
    `SOTP.ROUTE over ${ROWS.toLocaleString("en-GB")} rows: ` +
      `${timeCalls(() => routeCells(prepareRoute(args), NO_FACTS))} (${RUNS} runs after two warm-ups)`,
    `  with the OGRS3 column's number formats read, as in Excel: ${timeCalls(() => routeCells(prepareRoute(args), formats))}`,
    `  by phase, median CPU ms: ${timePhases(args, NO_FACTS, RUNS)}`,
    `  statuses: ${summary}`,
  ];
}
