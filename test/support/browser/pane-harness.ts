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
  /** Content-Security-Policy violations the page reported. */
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
      const cspViolations = () =>
        page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
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
