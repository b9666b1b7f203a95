import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const REPOSITORY = path.resolve(__dirname, "../..");
export interface AddinBuild {
  outDir: string;
  /** What webpack printed: the metadata plugin reports JSDoc problems here. */
  log: string;
}

let built: AddinBuild | undefined;

/** Runs `webpack --mode production` once per test run, into a temporary folder; returns the folder and the log. */
export function buildAddinOnce(): AddinBuild {
  if (built) return built;
  const outDir = mkdtempSync(path.join(os.tmpdir(), "sotp-addin-"));
  const env = { ...process.env };
  delete env.ADDIN_URL; // the checks expect the default https://localhost:3000/ URLs
  const log = execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", `outDir=${outDir}`],
    { cwd: REPOSITORY, stdio: "pipe", env, encoding: "utf8" },
  );
  built = { outDir, log };
  return built;
}

export function readBuilt(outDir: string, file: string): string {
  return readFileSync(path.join(outDir, file), "utf8");
}

export const SOURCE_MANIFEST = path.join(REPOSITORY, "manifest.xml");
