import { spawnSync } from "node:child_process";
import path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "../..");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the `sotp` command line from source (as bin/sotp.js runs the build), in a child process. */
export function runCli(args: readonly string[], cwd: string = REPO_ROOT): CliRun {
  const entry = path.join(REPO_ROOT, "test/support/cli-entry.ts");
  const run = spawnSync(process.execPath, ["--require", "tsx/cjs", entry, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NODE_PATH: path.join(REPO_ROOT, "node_modules") },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
