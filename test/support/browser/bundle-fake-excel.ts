import { buildSync } from "esbuild";
import path from "node:path";

let bundled: string | undefined;

/** The fake Excel as one browser script (see fake-excel-page.ts), built with esbuild once per test run. */
export function bundleFakeExcel(): string {
  if (bundled !== undefined) return bundled;
  const result = buildSync({
    entryPoints: [path.join(__dirname, "fake-excel-page.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
  });
  bundled = result.outputFiles[0].text;
  return bundled;
}
