import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The CDN script tag as html-webpack-plugin's minifier leaves it (quotes and type attribute optional). */
const CDN_SCRIPT_TAG =
  /<script[^>]*src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?[^>]*><\/script>/;
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".map": "application/json",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the production build on 127.0.0.1 as the add-in's own origin. In taskpane.html the CDN's office.js becomes
 * the local copy from @microsoft/office-js (under /office-js/, so anything it loads relative to itself is local too)
 * followed by the fake Excel script.
 */
export async function startStaticServer(outDir: string, fakeExcelScript: string): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    void respond(request.url ?? "/", outDir, fakeExcelScript).then(
      ({ status, type, body }) => {
        response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
        response.end(body);
      },
      (error: Error) => {
        response.writeHead(500, { "Content-Type": "text/plain" });
        response.end(error.message);
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function respond(url: string, outDir: string, fakeExcelScript: string) {
  const pathname = decodeURIComponent(new URL(url, "http://localhost").pathname);
  const type = TYPES[path.extname(pathname)] ?? "application/octet-stream";
  if (pathname === "/fake-excel.js") return { status: 200, type, body: fakeExcelScript };
  const [root, relative] = pathname.startsWith("/office-js/")
    ? [OFFICE_JS_DIR, pathname.slice("/office-js/".length)]
    : [outDir, pathname.slice(1)];
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return { status: 403, type: "text/plain", body: "outside the served folder" };
  try {
    const body = await readFile(file);
    if (pathname !== "/taskpane.html") return { status: 200, type, body };
    const local = `<script type="text/javascript" src="/office-js/office.js"></script><script src="/fake-excel.js"></script>`;
    const html = body.toString("utf8").replace(CDN_SCRIPT_TAG, local);
    if (html === body.toString("utf8")) throw new Error("taskpane.html no longer loads office.js from the CDN");
    return { status: 200, type, body: html };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      return { status: 404, type: "text/plain", body: "not found" };
    throw error;
  }
}
