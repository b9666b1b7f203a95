/**
 * `npm run bench`: prints speed figures (never asserted in tests). See docs/performance.md for how to read them.
 */
import os from "node:os";
import { benchCli } from "./cli-bench";
import { benchEngine } from "./engine-bench";
import { benchCustomFunctions } from "./functions-bench";
import { benchTaskPane } from "./taskpane-bench";

async function runBench(): Promise<void> {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(
    `SOTP Router benchmark — Node ${process.version}, ${cpu}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}`,
  );
  const sections: [string, () => Promise<string[]> | string[]][] = [
    ["Engine", () => benchEngine(1_000_000)],
    ["Command line", () => benchCli(1_000_000, 100_000, 100_000)],
    ["Custom functions", () => benchCustomFunctions()],
    ["Task pane", () => benchTaskPane()],
  ];
  for (const [title, run] of sections) {
    console.log(`\n${title}`);
    for (const line of await run()) console.log(`  ${line}`);
  }
}

runBench().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
