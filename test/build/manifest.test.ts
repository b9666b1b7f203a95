import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Element } from "@xmldom/xmldom";
import { childElements, findOrderProblems, ManifestDocument, parseManifest } from "../support/manifest-xml";
import { buildAddinOnce, readBuilt, SOURCE_MANIFEST } from "../support/production-build";

// Child order of the elements we use, from the XSDs in OfficeDev/office-js-docs-pr (docs/overview/schemas/taskpane)
// as explained in docs/develop/manifest-element-ordering.md.
const SEQUENCES: Record<string, readonly string[]> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "AllowSnapshot",
    "VersionOverrides",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  Action: ["TaskpaneId", "SourceLocation"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};
const CUSTOM_FUNCTIONS_SEQUENCE = ["Script", "Page", "Metadata", "Namespace"];

function workbookOverrideHost(manifest: ManifestDocument): Element {
  const host = manifest.all("Host").find((h) => h.getAttribute("xsi:type") === "Workbook");
  assert.ok(host, "a <Host xsi:type=Workbook> under VersionOverrides");
  return host;
}

function urlOf(manifest: ManifestDocument, element: Element | undefined): string | undefined {
  const resid = element?.getAttribute("resid");
  return resid ? manifest.resource(resid) : undefined;
}

describe("manifest.xml, checked offline", function () {
  this.timeout(240_000);
  const manifest = parseManifest(readFileSync(SOURCE_MANIFEST, "utf8"));
  const taskpaneUrl = manifest
    .all("DefaultSettings")[0]
    ?.getElementsByTagName("SourceLocation")[0]
    ?.getAttribute("DefaultValue");

  it("resolves every resid to a resource", () => {
    const resids = [...new Set(manifest.elements.map((e) => e.getAttribute("resid")).filter((id) => id !== null))];
    assert.ok(resids.length > 10);
    const missing = resids.filter((id) => manifest.resource(id) === undefined);
    assert.deepEqual(missing, []);
  });

  it("uses the namespace SOTP", () => {
    const namespace = manifest.all("Namespace")[0];
    assert.equal(urlOf(manifest, namespace), "SOTP");
  });

  it("requires the SharedRuntime 1.1 requirement set", () => {
    const set = manifest.all("Set").find((s) => s.getAttribute("Name") === "SharedRuntime");
    assert.equal(set?.getAttribute("MinVersion"), "1.1");
  });

  it("declares one long-lived runtime as the Workbook host's first child, on the task pane URL", () => {
    const host = workbookOverrideHost(manifest);
    const [first] = childElements(host);
    assert.equal(first.localName, "Runtimes");
    const runtimes = childElements(first);
    assert.equal(runtimes.length, 1);
    assert.equal(runtimes[0].getAttribute("lifetime"), "long");
    assert.equal(taskpaneUrl, "https://localhost:3000/taskpane.html");
    assert.equal(urlOf(manifest, runtimes[0]), taskpaneUrl);
  });

  it("points the custom functions Page, the FunctionFile and the ribbon button at the task pane URL", () => {
    const page = manifest.all("Page")[0];
    const pageSource = childElements(page).find((e) => e.localName === "SourceLocation");
    assert.equal(urlOf(manifest, pageSource), taskpaneUrl);
    assert.equal(urlOf(manifest, manifest.all("FunctionFile")[0]), taskpaneUrl);
    const action = manifest.all("Action").find((a) => a.getAttribute("xsi:type") === "ShowTaskpane");
    assert.ok(action);
    assert.equal(
      urlOf(
        manifest,
        childElements(action).find((e) => e.localName === "SourceLocation"),
      ),
      taskpaneUrl,
    );
  });

  it("uses https for every URL", () => {
    const urls = manifest.elements
      .flatMap((e) => [e.getAttribute("DefaultValue") ?? "", e.localName === "AppDomain" ? (e.textContent ?? "") : ""])
      .filter((value) => /^[a-z]+:\/\//i.test(value));
    assert.ok(urls.length >= 10);
    assert.deepEqual(
      urls.filter((url) => !url.startsWith("https://")),
      [],
    );
  });

  it("orders child elements as the schema's sequences require", () => {
    const problems: string[] = [];
    for (const element of [manifest.root, ...manifest.elements]) {
      const name = element.localName ?? "";
      if (element.getAttribute("xsi:type") === "CustomFunctions") {
        problems.push(...findOrderProblems(element, CUSTOM_FUNCTIONS_SEQUENCE));
      } else if (SEQUENCES[name] && !(name === "Host" && !element.getAttribute("xsi:type"))) {
        problems.push(...findOrderProblems(element, SEQUENCES[name]));
      }
    }
    assert.deepEqual(problems, []);
  });

  it("keeps short strings within 125 characters and long strings within 250", () => {
    for (const [list, limit] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      for (const value of childElements(manifest.all(list)[0]).map((e) => e.getAttribute("DefaultValue") ?? "")) {
        assert.ok(value.length > 0 && value.length <= limit, `${list}: "${value}"`);
      }
    }
  });

  it("is copied into the build, and every localhost URL in it names a file the build produced", () => {
    const { outDir } = buildAddinOnce();
    const built = readBuilt(outDir, "manifest.xml");
    assert.equal(built, readFileSync(SOURCE_MANIFEST, "utf8"));
    const files = [...built.matchAll(/https:\/\/localhost:3000\/([^"<]+)/g)].map((match) => match[1]);
    assert.ok(files.includes("taskpane.html") && files.includes("functions.json"));
    assert.deepEqual(
      files.filter((file) => !existsSync(path.join(outDir, file))),
      [],
    );
  });
});
