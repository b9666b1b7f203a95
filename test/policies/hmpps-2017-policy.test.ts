import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getBundledPolicy, listBundledPolicies, loadPolicy } from "../../src/policies";
import { routeRecord } from "../support/route-records";

const hmpps = getBundledPolicy("hmpps-2017");
const HEADERS = ["ID", "Offence", "RM2000/s", "OGRS3", "OSP/DC", "OSP/IIC", "LDC", "Setting"];
const route = (record: Record<string, string>, policy = hmpps) => routeRecord(record, { policy, headers: HEADERS });

describe("hmpps-2017, a second bundled policy routed by the same engine", () => {
  it("is bundled beside foi-86525 and stamps its own id@version", () => {
    assert.deepEqual(listBundledPolicies(), ["foi-86525", "hmpps-2017"]);
    assert.equal(hmpps.stamp, "hmpps-2017@1.0.0");
  });

  it("routes the same person differently from foi-86525, each by its own columns", () => {
    const person = { Offence: "Contact", "RM2000/s": "Low", OGRS3: "60", "OSP/DC": "High", "OSP/IIC": "Low" };
    const byDefault = route(person, getBundledPolicy("foi-86525"));
    const bySecond = route(person);
    assert.deepEqual(
      [byDefault.programme, byDefault.tier, byDefault.policy],
      ["Low Intensity", "Low", "foi-86525@1.0.0"],
    );
    assert.deepEqual([bySecond.programme, bySecond.tier, bySecond.policy], ["Kaizen", "High", "hmpps-2017@1.0.0"]);
  });

  it("derives OSP risk as the higher of the OSP/DC and OSP/IIC bands", () => {
    assert.equal(route({ Offence: "Contact", "OSP/DC": "Low", "OSP/IIC": "High" }).programme, "Kaizen");
    assert.equal(route({ Offence: "Contact", "OSP/DC": "Very High", "OSP/IIC": "Medium" }).programme, "Kaizen");
    assert.equal(route({ Offence: "Contact", "OSP/DC": "Low", "OSP/IIC": "Low" }).status, "Not commissioned");
  });

  it("gives each programme its own fixed tier, whatever the risk", () => {
    assert.equal(route({ Offence: "Contact", "OSP/DC": "Very High", Setting: "Community" }).tier, "Medium");
    assert.equal(route({ Offence: "Contact", "OSP/DC": "High", LDC: "Y" }).tier, "High");
  });

  it("rejects a score outside its own range, saying what it accepts", () => {
    const result = route({ Offence: "Contact", "OSP/DC": "65", "OSP/IIC": "Low" });
    assert.equal(result.status, "Invalid");
    assert.match(result.reasons[0], /^V-1: OSP\/DC "65" is out of range \(expected a score from 0 to 64 or a band/);
  });

  it("reads a yes/no field that takes a score (yesFromScore) when a policy asks for it", () => {
    const data = JSON.parse(readFileSync(path.join(__dirname, "../../src/policies/hmpps-2017.json"), "utf8"));
    data.fields.find((f: { name: string }) => f.name === "ldc").yesFromScore = 3;
    const scored = loadPolicy(data);
    const person = { Offence: "Contact", "OSP/DC": "High", "OSP/IIC": "Low" };
    assert.equal(route({ ...person, LDC: "3" }, scored).programme, "Becoming New Me Plus");
    assert.equal(route({ ...person, LDC: "1" }, scored).programme, "Kaizen");
    assert.equal(route({ ...person, LDC: "3" }).status, "Invalid");
  });

  it("tags exactly the rules the spec marks [reconstructed], T-3 only for iHorizon, LNM and HSP", () => {
    const rules = hmpps.data.steps.flatMap((step) => step.rules);
    const always = [...new Set(rules.filter((r) => r.reconstructed === true).map((r) => r.id))];
    assert.deepEqual(always, ["S-1", "S-2", "L-2", "H-1", "M-1", "T-1"]);
    assert.deepEqual(rules.find((r) => r.id === "T-3")?.reconstructed, { programme: ["IHOR", "LNM", "HSP"] });
  });
});
