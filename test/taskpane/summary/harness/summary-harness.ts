import { buildSync } from "esbuild";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Browser, chromium, Page } from "playwright-core";
import type { SummaryScenario } from "./summary-page";

const REPOSITORY = path.resolve(__dirname, "../../../..");
export const SCREENSHOTS = path.join(REPOSITORY, "test-output/screenshots");
const OFFICE_JS = require.resolve("@microsoft/office-js/dist/office.js");
const PANE_CSS = path.join(REPOSITORY, "src/taskpane/taskpane.css");

function buildPage(): { html: string; script: string } {
  const script = buildSync({
    entryPoints: [path.join(__dirname, "summary-page.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
  }).outputFiles[0].text;
  // The pane's own stylesheet when it exists, so the panel is seen with the pane's tokens.
  const css = existsSync(PANE_CSS) ? readFileSync(PANE_CSS, "utf8") : "";
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SOTP Router</title>
<style>${css}</style><script src="/office.js"></script></head>
<body><main id="app"><section id="summary-panel" aria-label="Capacity and waiting lists"></section></main>
<script src="/summary-page.js"></script></body></html>`;
  return { html, script };
}

export interface SummaryPage {
  page: Page;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Serves the harness page on 127.0.0.1 (real office.js from @microsoft/office-js) and opens it in Chromium. */
export async function openSummaryPage(scenario: SummaryScenario, width = 320): Promise<SummaryPage> {
  const { html, script } = buildPage();
  const files: Record<string, [string, string]> = {
    "/": ["text/html", html],
    "/summary-page.js": ["text/javascript", script],
    "/office.js": ["text/javascript", readFileSync(OFFICE_JS, "utf8")],
  };
  const server = http.createServer((request, response) => {
    const file = files[request.url ?? "/"];
    response.writeHead(file ? 200 : 404, { "Content-Type": file ? file[0] : "text/plain" });
    response.end(file ? file[1] : "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.addInitScript((value) => {
    (window as unknown as { __SUMMARY_SCENARIO__: unknown }).__SUMMARY_SCENARIO__ = value;
  }, scenario);
  await page.goto(`${origin}/`);
  await page.waitForSelector("#summary-refresh");
  return {
    page,
    async screenshot(name) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const file = path.join(SCREENSHOTS, `summary-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
