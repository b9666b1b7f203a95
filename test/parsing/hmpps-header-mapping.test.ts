import assert from "node:assert/strict";
import { describeMappingProblem, findHeaderRow, mapHeaders } from "../../src/parsing";
import { resultCells, routeTable } from "../../src/engine";
import { getBundledPolicy } from "../../src/policies";

const policy = getBundledPolicy("hmpps-2017");

describe("hmpps-2017 columns", () => {
  it("refuses a file with both LD and LDC: under this policy both are the LDC column", () => {
    const mapping = mapHeaders(["ID", "Offence", "OSP/DC", "LD", "LDC"], policy);
    assert.deepEqual(mapping.conflicts, [{ field: "ldc", columns: [3, 4] }]);
    assert.equal(
      describeMappingProblem(mapping, policy),
      'conflicting columns: "LD" and "LDC" both map to LDC; keep one of them or rename the other',
    );
  });

  it("accepts either OSP column alone, and refuses a file with neither in one message naming both", () => {
    assert.equal(describeMappingProblem(mapHeaders(["Offence", "OSP IIC"], policy), policy), null);
    assert.equal(describeMappingProblem(mapHeaders(["Offence", "OSP direct contact"], policy), policy), null);
    assert.equal(
      describeMappingProblem(mapHeaders(["Offence", "RM2000/s", "OSP/C"], policy), policy),
      "missing required column: at least one of OSP/DC (headers accepted: OSP/DC, OSP DC, OSP direct contact) or " +
        "OSP/IIC (headers accepted: OSP/IIC, OSP IIC, OSP images)",
    );
  });

  it("keeps columns it does not read (the older OSP/C, RM2000/s, OSP risk) as unknown columns", () => {
    const mapping = mapHeaders(["OSP/C", "RM2000/s", "OSP risk", "osp_risk", "Offence", "OSP/DC"], policy);
    assert.deepEqual(
      mapping.roles.map((r) => r.kind),
      ["ignored", "ignored", "ignored", "ignored", "field", "field"],
    );
  });

  it("finds a header row by an OSP column when it is the only required field besides Offence", () => {
    const rows = [["Cohort 2014"], [], ["ID", "OSP/IIC", "Offence"], ["A1", "High", "Contact"]];
    assert.equal(findHeaderRow(rows, policy), 2);
    const routed = routeTable(rows, { policy, asOf: 0 });
    assert.ok(routed.ok);
    assert.equal(resultCells(routed.results[0], policy).Programme, "Kaizen");
  });
});
