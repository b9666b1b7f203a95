import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { buildAddinOnce, readBuilt } from "../support/production-build";

/** Ways a page or worker can send or fetch anything. */
const NETWORK_APIS =
  /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|new\s+Image\s*\(|RTCPeerConnection|\.src\s*=\s*["'`]https?:/g;
const URL_TEXT = /https?:\/\/[\w.-]+(?:\/[\w./%#?=&-]*)?/g;
/** The SVG namespace name, which `document.createElementNS` needs (the summary chart): an identifier, never requested. */
const SVG_NAMESPACE = "http://www.w3.org/2000/svg";
/**
 * URL strings that may appear in the bundle, with why. zod's JSON Schema conversion names the draft it writes in a
 * `$schema` field; the string is an identifier and is never requested.
 */
const ALLOWED_BUNDLE_URLS = new Map([
  ["https://json-schema.org/draft/2020-12/schema", "zod $schema identifier"],
  ["http://json-schema.org/draft-07/schema", "zod $schema identifier"],
  ["http://json-schema.org/draft-07/schema#", "zod $schema identifier"],
  ["http://json-schema.org/draft-04/schema", "zod $schema identifier"],
  ["http://json-schema.org/draft-04/schema#", "zod $schema identifier"],
  [SVG_NAMESPACE, "SVG namespace name"],
]);
/** office.js must come from Microsoft's CDN (self-hosting is unsupported); nothing else is loaded from outside. */
const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";

interface SourceMap {
  sources: string[];
  sourcesContent: string[];
}

describe("the production build sends nothing anywhere", function () {
  this.timeout(240_000);
  let outDir: string;
  let scripts: string[];
  let ourSources: [string, string][];

  before(() => {
    outDir = buildAddinOnce().outDir;
    scripts = readdirSync(outDir).filter((file) => file.endsWith(".js"));
    ourSources = scripts.flatMap((script) => {
      const map = JSON.parse(readBuilt(outDir, `${script}.map`)) as SourceMap;
      return map.sources
        .map((source, i): [string, string] => [source, map.sourcesContent[i] ?? ""])
        .filter(([source]) => !source.includes("node_modules"));
    });
  });

  it("has no network API anywhere in the bundled scripts, ours or our dependencies'", () => {
    assert.ok(scripts.length >= 2, scripts.join(", "));
    for (const script of scripts) assert.deepEqual(readBuilt(outDir, script).match(NETWORK_APIS), null, script);
  });

  it("has no network API and no URL but the Office.js CDN in our own source files inside the bundle", () => {
    assert.ok(
      ourSources.some(([source]) => source.includes("src/engine/")),
      "the engine is bundled",
    );
    for (const [source, content] of ourSources) {
      assert.deepEqual(content.match(NETWORK_APIS), null, source);
      const urls = (content.match(URL_TEXT) ?? []).filter(
        (url) => !url.startsWith(OFFICE_ORIGIN) && url !== SVG_NAMESPACE,
      );
      assert.deepEqual(urls, [], source);
    }
  });

  it("holds only allow-listed URL strings in the bundled scripts", () => {
    for (const script of scripts) {
      const urls = [...new Set(readBuilt(outDir, script).match(URL_TEXT) ?? [])];
      assert.deepEqual(
        urls.filter((url) => !ALLOWED_BUNDLE_URLS.has(url)),
        [],
        script,
      );
    }
  });

  it("loads scripts and styles in taskpane.html only from the add-in itself and the Office.js CDN", () => {
    const html = readBuilt(outDir, "taskpane.html");
    const loaded = [...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)=("?)([^"\s>]+)\1/g)].map(
      (m) => m[2],
    );
    assert.ok(loaded.includes(`${OFFICE_ORIGIN}/lib/1/hosted/office.js`), loaded.join(", "));
    const outside = loaded.filter((url) => /^(?:https?:)?\/\//.test(url) && !url.startsWith(`${OFFICE_ORIGIN}/`));
    assert.deepEqual(outside, []);
    assert.ok(loaded.includes("taskpane.js"), loaded.join(", "));
  });
});
