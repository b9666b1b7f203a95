import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../support/run-cli";

/** Package names of telemetry, analytics and error-reporting libraries. */
const TELEMETRY =
  /(?:^|\/|-)(?:applicationinsights|analytics|sentry|telemetry|usage-data|posthog|mixpanel|amplitude|segment|datadog|bugsnag|rollbar|newrelic|opentelemetry|logrocket|hotjar|gtag)(?:$|-|\/)/i;
/**
 * Installed telemetry-named packages that are acceptable, with why. Microsoft's Office tooling depends on
 * office-addin-usage-data; the installed versions (2.1.1, 3.0.0) have empty send methods and no Application
 * Insights dependency, they are dev-only, and the build test shows nothing of them is bundled.
 */
const ALLOWED_DEV_ONLY = new Map([
  ["office-addin-usage-data", "dependency of custom-functions-metadata, office-addin-manifest, office-addin-mock"],
]);

interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
interface LockFile {
  packages: Record<string, { dev?: boolean }>;
}

const readJson = <T>(file: string) => JSON.parse(readFileSync(path.join(REPO_ROOT, file), "utf8")) as T;

describe("dependencies carry no telemetry", () => {
  it("lists no telemetry or analytics package in package.json, dev dependencies included", () => {
    const pkg = readJson<PackageJson>("package.json");
    const names = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];
    assert.ok(names.includes("zod"), "read the real package.json");
    assert.deepEqual(
      names.filter((name) => TELEMETRY.test(name)),
      [],
    );
  });

  it("installs telemetry-named packages only as allow-listed dev-only tooling", () => {
    const lock = readJson<LockFile>("package-lock.json");
    const found = Object.entries(lock.packages)
      .map(([where, entry]) => ({ name: where.split("node_modules/").pop() ?? "", dev: entry.dev === true }))
      .filter(({ name }) => TELEMETRY.test(name));
    const notAllowed = found.filter(({ name, dev }) => !(dev && ALLOWED_DEV_ONLY.has(name)));
    assert.deepEqual(notAllowed, []);
    assert.ok(
      !Object.keys(lock.packages).some((where) => /applicationinsights/i.test(where)),
      "no Application Insights",
    );
  });
});
