import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describeMappingProblem, mapHeaders } from "../../src/parsing";
import { getBundledPolicy, loadPolicy } from "../../src/policies";
import { routeRecord } from "../support/route-records";

const FIXTURE = path.join(__dirname, "../fixtures/second-policy.json");
const second = loadPolicy(JSON.parse(readFileSync(FIXTURE, "utf8")));
const HEADERS = ["ID", "Offence", "OSP/C", "OSP/I", "LDC", "HSP score", "Denial", "Active appeal", "Completed"];
const headers = [...HEADERS, "Setting", "Release date", "RM2000/s", "OGRS3"];

function routeBySecond(record: Record<string, string>) {
  const result = routeRecord(record, { policy: second, headers });
  return [result.programme, result.status, result.tier, result.flags.join(";"), result.followOn.join(";")];
}

describe("a second policy, loaded from a data file, routed by the same engine", () => {
  it("routes the same person differently from foi-86525 and stamps its own id@version", () => {
    const person = { Offence: "Contact", "RM2000/s": "Low", OGRS3: "60", "OSP/C": "High" };
    const byDefault = routeRecord(person, { headers });
    const bySecond = routeRecord(person, { policy: second, headers });
    assert.deepEqual([byDefault.programme, byDefault.policy], ["Low Intensity", getBundledPolicy().stamp]);
    assert.deepEqual(
      [bySecond.programme, bySecond.tier, bySecond.policy],
      ["Kaizen", "High", "hmpps-2017-draft@0.1.0"],
    );
    assert.ok(bySecond.reasons[0].startsWith("P-2: "), bySecond.reasons[0]);
  });

  it("bands its own risk measure from a score with its own thresholds", () => {
    assert.deepEqual(routeBySecond({ Offence: "Contact", "OSP/C": "21" }), [
      "None",
      "Not commissioned",
      "",
      "ALTERNATIVE_PATHWAY",
      "",
    ]);
    assert.deepEqual(routeBySecond({ Offence: "Contact", "OSP/C": "22" }), [
      "Horizon",
      "Recommended",
      "Medium",
      "",
      "",
    ]);
    assert.deepEqual(routeBySecond({ Offence: "Contact", "OSP/C": "36" }), ["Kaizen", "Recommended", "High", "", ""]);
  });

  it("uses a second risk field, so OSP/I High alone is enough for Kaizen", () => {
    assert.deepEqual(routeBySecond({ Offence: "Contact", "OSP/C": "Low", "OSP/I": "High" }), [
      "Kaizen",
      "Recommended",
      "High",
      "",
      "",
    ]);
  });

  it("sends online offending in the community to its own programme", () => {
    const row = { Offence: "IIOC", "OSP/C": "Medium", Setting: "Community" };
    assert.deepEqual(routeBySecond(row), ["iHorizon", "Recommended", "Medium", "", ""]);
  });

  it("applies its own follow-ons: LNM after BNM+, and HSP for an HSP score of 3", () => {
    const row = { Offence: "Contact", "OSP/C": "High", LDC: "Y", "HSP score": "3" };
    const programme = ["Becoming New Me Plus", "Recommended", "High", "LDC_SUITE;HSP_FOLLOW_ON"];
    assert.deepEqual(routeBySecond(row), [...programme, "Living as New Me;Healthy Sex Programme"]);
    assert.deepEqual(routeBySecond({ ...row, "HSP score": "2" }), [
      ...programme.slice(0, 3),
      "LDC_SUITE",
      "Living as New Me",
    ]);
  });

  it("uses minimum months that differ by setting", () => {
    const row = { Offence: "Contact", "OSP/C": "Medium", "Release date": "2014-12-31" };
    assert.deepEqual(routeBySecond(row), ["Horizon", "Recommended", "Medium", "", ""]);
    assert.deepEqual(routeBySecond({ ...row, Setting: "Community" }), [
      "Horizon",
      "Recommended",
      "Medium",
      "INSUFFICIENT_TIME",
      "",
    ]);
  });

  it("runs V-2 over its own blank risk field", () => {
    assert.deepEqual(routeBySecond({ Offence: "Contact", "OSP/I": "High" }).slice(0, 2), ["Kaizen", "Recommended"]);
    assert.deepEqual(routeBySecond({ Offence: "Contact", "OSP/I": "Low" }).slice(0, 2), ["None", "Incomplete"]);
  });

  it("rejects a score outside its own range, saying what it accepts", () => {
    const result = routeRecord({ Offence: "Contact", "OSP/C": "65" }, { policy: second, headers });
    assert.equal(result.status, "Invalid");
    assert.match(result.reasons[0], /^V-1: OSP\/C "65" .*0 to 64/);
  });

  it("requires its own columns and accepts its own header synonyms", () => {
    const mapping = mapHeaders(["Offence", "RM2000/s"], second);
    assert.match(describeMappingProblem(mapping, second) ?? "", /OSP\/C/);
    assert.deepEqual(mapHeaders(["osp_dc"], second).roles[0], { kind: "field", field: "osp_c" });
  });
});
