import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadPolicy } from "../../src/policies";
import { routeRecord } from "../support/route-records";

const second = loadPolicy(JSON.parse(readFileSync(path.join(__dirname, "../fixtures/second-policy.json"), "utf8")));
const headers = ["Offence", "OSP/C", "OSP/I", "LDC", "Setting"];
const programmeOf = (record: Record<string, string>) => routeRecord(record, { policy: second, headers }).programme;

describe("field kinds the hmpps-2017 draft needs", () => {
  describe("a derived field: OSP risk is the higher of the OSP/C and OSP/I bands", () => {
    it("takes OSP/I when it is the higher band", () => {
      assert.equal(programmeOf({ Offence: "Contact", "OSP/C": "Low", "OSP/I": "High" }), "Kaizen");
    });

    it("takes OSP/C when it is the higher band", () => {
      assert.equal(programmeOf({ Offence: "Contact", "OSP/C": "Very High", "OSP/I": "Medium" }), "Kaizen");
    });

    it("is low, so no programme, when both are low", () => {
      assert.equal(programmeOf({ Offence: "Contact", "OSP/C": "Low", "OSP/I": "Low" }), "None");
    });
  });

  describe("a yes/no field that also takes a score: LDC is yes from a score of 3", () => {
    it("reads a score of 3 or more as yes", () => {
      assert.equal(programmeOf({ Offence: "Contact", "OSP/C": "High", LDC: "3" }), "Becoming New Me Plus");
    });

    it("reads a score below 3 as no, even 1", () => {
      assert.equal(programmeOf({ Offence: "Contact", "OSP/C": "High", LDC: "1" }), "Kaizen");
    });

    it("still reads Yes and No", () => {
      assert.equal(programmeOf({ Offence: "Contact", "OSP/C": "High", LDC: "Yes" }), "Becoming New Me Plus");
      assert.equal(programmeOf({ Offence: "Contact", "OSP/C": "High", LDC: "No" }), "Kaizen");
    });
  });
});
