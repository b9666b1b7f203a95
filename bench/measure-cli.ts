/**
 * Runs the `sotp` command line in this process and reports its wall time and peak memory on the last line of
 * standard error as JSON (used by run-bench; the same code path as bin/sotp.js).
 */
import { main } from "../src/cli/main";

const started = process.hrtime.bigint();
main(process.argv).then((code) => {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write(`\n${JSON.stringify({ code, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
  process.exitCode = code;
});
