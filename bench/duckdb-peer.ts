/**
 * The peer of `sotp route` on a CSV: ../shared/peers/duckdb-route.sql run by DuckDB (2 threads) on the same file.
 * Prints its wall time and peak memory on the last line of standard error as JSON, like measure-cli.
 */
import { readFileSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";

async function runPeer(sqlFile: string, input: string, output: string): Promise<void> {
  const started = process.hrtime.bigint();
  const sql = readFileSync(sqlFile, "utf8").replaceAll("${IN}", input).replaceAll("${OUT}", output);
  const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
  const connection = await instance.connect();
  await connection.run(sql);
  connection.closeSync();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write(`\n${JSON.stringify({ code: 0, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

const [sqlFile, input, output] = process.argv.slice(2);
runPeer(sqlFile, input, output).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n${JSON.stringify({ code: 1, seconds: 0, maxRssMb: 0 })}\n`);
  process.exitCode = 1;
});
