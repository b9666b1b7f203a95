import { mkdirSync } from "node:fs";
import path from "node:path";
import { Browser, chromium, Page } from "playwright-core";
import { buildAddinOnce } from "../production-build";
import { bundleFakeExcel } from "./bundle-fake-excel";
import type { PaneScenario } from "./scenario";
import { startStaticServer, StaticServer } from "./static-server";

export const SCREENSHOTS = path.resolve(__dirname, "../../../test-output/screenshots");
/** A narrow task pane, as Excel opens it. */
export const PANE_WIDTH = 340;

export interface PaneSession {
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Content-Security-Policy violations the page reported (but office.js's own blocked telemetry frame). */
  cspViolations: () => Promise<string[]>;
  origin: string;
}

/** Chromium and the static server for one test file; `open` loads the built pane on a scenario. */
export interface PaneBrowser {
  open(scenario: PaneScenario | null, width?: number): Promise<PaneSession>;
  /** Saves test-output/screenshots/<name>.png of what the pane shows (the whole page with `fullPage`). */
  screenshot(page: Page, name: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

export async function launchPaneBrowser(): Promise<PaneBrowser> {
  const { outDir } = buildAddinOnce();
  const server: StaticServer = await startStaticServer(outDir, bundleFakeExcel());
  const browser: Browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  return {
    async open(scenario, width = PANE_WIDTH) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.addInitScript((value) => {
        const scope = window as unknown as Record<string, unknown>;
        if (value) scope.__SOTP_SCENARIO__ = value;
        const violations: string[] = [];
        scope.__cspViolations = violations;
        document.addEventListener("securitypolicyviolation", (event) =>
          violations.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      }, scenario);
      await page.goto(`${server.origin}/taskpane.html`);
      await page.waitForSelector("#app[aria-busy=false]");
      const cspViolations = async () =>
        withoutOfficeTelemetryFrame(
          await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
        );
      return { page, requests, cspViolations, origin: server.origin };
    },
    async screenshot(page, name, fullPage = false) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * office.js's logger sometimes adds a hidden telemetry iframe (`style="display:none"`, src telemetryservice…) some
 * seconds after loading, when the machine is busy; the page's CSP blocks both, which is the point (no telemetry), so
 * those two reports are set aside. Any other violation (ours) still fails a test.
 */
function withoutOfficeTelemetryFrame(violations: string[]): string[] {
  const frame = violations.findIndex((v) => v.startsWith("frame-src https://telemetryservice.firstpartyapps."));
  if (frame < 0) return violations;
  const rest = violations.filter((_, index) => index !== frame);
  const style = rest.indexOf("style-src-attr inline");
  return style < 0 ? rest : rest.filter((_, index) => index !== style);
}
