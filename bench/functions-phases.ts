import { createCohortRowParser, routeCohortRows } from "../src/engine";
import { CellFacts } from "../src/functions/cell-facts";
import { prepareRoute, RouteArguments } from "../src/functions/route-cells";
import { rowFactsOf } from "../src/functions/row-facts";
import { spillRows } from "../src/functions/spill-rows";

const PHASES = ["arguments", "cell facts", "parsing", "routing and V-3", "output rows"] as const;

/** Process CPU time in ms (GC threads included): on a busy machine it grows less than the time on the clock. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Where one =SOTP.ROUTE spends its CPU time, phase by phase as routeCells runs them (median of `runs`, in ms).
 * Routing and V-3 is the cohort pipeline's time less a parse of the same rows, so the engine's and the parser's
 * shares can each be credited.
 */
export function timePhases(args: RouteArguments, facts: CellFacts, runs: number): string {
  const times: number[][] = PHASES.map(() => []);
  for (let run = 0; run < runs; run++) {
    const start = cpuNow();
    const request = prepareRoute(args);
    const { policy, mapping, zeroReadings, percentColumns, rows, asOf } = request;
    const argumentsRead = cpuNow();
    const rowFacts = rowFactsOf(rows, mapping.roles.length, { zeroReadings, percentColumns, facts });
    const factsRead = cpuNow();
    const parse = createCohortRowParser(mapping, policy);
    for (let index = 0; index < rows.length; index++) parse(rows[index], rowFacts[index]);
    const parsed = cpuNow();
    const { results } = routeCohortRows(rows, { policy, asOf, mapping }, rowFacts);
    const routed = cpuNow();
    spillRows(results, request.outputs, policy);
    const spilled = cpuNow();
    const pipeline = routed - parsed;
    const parsing = parsed - factsRead;
    [argumentsRead - start, factsRead - argumentsRead, parsing, pipeline - parsing, spilled - routed].forEach(
      (time, phase) => times[phase].push(time),
    );
  }
  const medians = times.map((phase) => phase.sort((a, b) => a - b)[runs >> 1]);
  return PHASES.map((phase, index) => `${phase} ${medians[index].toFixed(1)}`).join(", ");
}
