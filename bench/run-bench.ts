/**
 * `npm run bench`: prints speed figures (never asserted in tests). See docs/performance.md for how to read them.
 */
import os from "node:os";
import { benchCli } from "./cli-bench";
import { benchEngine } from "./engine-bench";

async function runBench(): Promise<void> {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(`SOTP Router benchmark — Node ${process.version}, ${cpu}, ${os.cpus().length} cores (one used)`);
  for (const line of benchEngine(1_000_000)) console.log(line);
  for (const line of benchCli(100_000)) console.log(line);
}

runBench().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
