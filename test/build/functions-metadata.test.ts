import assert from "node:assert/strict";
import { buildAddinOnce, readBuilt } from "../support/production-build";

interface Parameter {
  name: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

const ROW_FUNCTIONS = ["PROGRAMME", "TIER", "FLAGS", "EXPLAIN"];
const CALCULATOR_FUNCTIONS = ["OGRS3", "OSPDC", "OSPIIC", "RM2000S"];

describe("the production build's functions.json", function () {
  this.timeout(240_000);
  let functions: Map<string, FunctionMetadata>;
  let outDir: string;

  before(() => {
    const build = buildAddinOnce();
    outDir = build.outDir;
    assert.doesNotMatch(build.log, /error|warning/i, "webpack and the metadata plugin report no problems");
    const metadata = JSON.parse(readBuilt(outDir, "functions.json")) as { functions: FunctionMetadata[] };
    functions = new Map(metadata.functions.map((f) => [f.id, f]));
  });

  it("declares exactly the released function ids, each named as its id", () => {
    assert.deepEqual(
      [...functions.keys()],
      ["ROUTE", ...ROW_FUNCTIONS, "POLICY", "OGRS3BAND", "PRESSURE", ...CALCULATOR_FUNCTIONS],
    );
    for (const [id, f] of functions) assert.equal(f.name, id);
  });

  it("takes ROUTE's rows and headers as matrices and spills a matrix of text", () => {
    const route = functions.get("ROUTE") as FunctionMetadata;
    assert.deepEqual(
      route.parameters.map((p) => [p.name, p.type, p.dimensionality ?? "scalar", p.optional ?? false]),
      [
        ["rows", "any", "matrix", false],
        ["headers", "any", "matrix", true],
        ["fields", "string", "scalar", true],
        ["asOf", "any", "scalar", true],
        ["policy", "any", "scalar", true],
      ],
    );
    assert.deepEqual(route.result, { dimensionality: "matrix", type: "string" });
  });

  it("takes a row and headers as matrices in the one-row functions and returns one value", () => {
    for (const id of ROW_FUNCTIONS) {
      const f = functions.get(id) as FunctionMetadata;
      assert.deepEqual(
        f.parameters.map((p) => [p.name, p.dimensionality, p.optional ?? false]),
        [
          ["row", "matrix", false],
          ["headers", "matrix", true],
          ["asOf", undefined, true],
          ["policy", undefined, true],
        ],
        id,
      );
      assert.equal(f.result.dimensionality ?? "scalar", "scalar", id);
    }
  });

  it("takes every calculator argument as a cell or column and spills a matrix, OSPDC's last two optional", () => {
    const counts: Record<string, number> = { OGRS3: 6, OSPDC: 11, OSPIIC: 5, RM2000S: 8 };
    for (const id of CALCULATOR_FUNCTIONS) {
      const f = functions.get(id) as FunctionMetadata;
      assert.equal(f.parameters.length, counts[id], id);
      for (const p of f.parameters) assert.equal(p.dimensionality, "matrix", `${id} ${p.name}`);
      assert.equal(f.result.dimensionality, "matrix", id);
      const optional = f.parameters.filter((p) => p.optional).map((p) => p.name);
      assert.deepEqual(optional, id === "OSPDC" ? ["setting", "offenceFreeYears"] : [], id);
    }
  });

  it("takes an optional policy id in POLICY", () => {
    const f = functions.get("POLICY") as FunctionMetadata;
    assert.deepEqual(
      f.parameters.map((p) => [p.name, p.type, p.optional ?? false]),
      [["id", "any", true]],
    );
  });

  it("asks for parameter addresses where cell formats matter, and nothing is volatile", () => {
    for (const id of ["ROUTE", ...ROW_FUNCTIONS, "OGRS3BAND", ...CALCULATOR_FUNCTIONS]) {
      assert.equal(functions.get(id)?.options?.requiresParameterAddresses, true, id);
    }
    for (const f of functions.values()) assert.notEqual(f.options?.volatile, true, f.id);
    assert.deepEqual(
      functions.get("PRESSURE")?.parameters.map((p) => p.type),
      ["number", "number"],
    );
  });

  it("registers the functions from the task pane's own script, so they share its runtime", () => {
    const taskpaneScript = readBuilt(outDir, "taskpane.js");
    for (const id of functions.keys()) assert.ok(taskpaneScript.includes(`CustomFunctions.associate("${id}"`), id);
    const page = readBuilt(outDir, "taskpane.html");
    assert.match(page, /<script src=https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js>/);
    assert.deepEqual(page.match(/src=[^ >]+\.js/g), [
      "src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "src=taskpane.js",
    ]);
  });
});
