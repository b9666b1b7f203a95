import assert from "node:assert/strict";
import { createRowParser, describeMappingProblem, findHeaderRow, mapHeaders } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { HEADER_VARIANTS, SPEC_HEADERS, SPEC_NEED_HEADERS } from "./header-synonyms";

const policy = getBundledPolicy("foi-86525");
const OUTPUT_NAMES = ["Programme", "Status", "Dosage tier", "Flags", "Follow-on", "Reasons", "Policy"];

describe("mapping a header row to fields", () => {
  for (const [field, headers] of Object.entries(SPEC_HEADERS)) {
    it(`maps every spelling of ${field} to ${field}, however it is cased or punctuated`, () => {
      for (const header of [field, ...headers]) {
        for (const variant of HEADER_VARIANTS) {
          const written = variant.apply(header);
          const { roles } = mapHeaders(["Offence", "RM2000/s", written], policy);
          assert.deepEqual(roles[2], { kind: "field", field }, `${variant.name}: "${written}"`);
        }
      }
    });
  }

  it("maps each need's code and long name to a yes/no column for that need", () => {
    for (const [need, headers] of Object.entries(SPEC_NEED_HEADERS)) {
      for (const header of headers) {
        const { roles } = mapHeaders([header.toLowerCase().replace(/ /g, "_")], policy);
        assert.deepEqual(roles[0], { kind: "item", field: "needs", item: need }, header);
      }
    }
  });

  it("recognises SOTP Router's own output columns from an earlier run", () => {
    const { roles } = mapHeaders(
      OUTPUT_NAMES.map((name) => name.toUpperCase()),
      policy,
    );
    assert.deepEqual(
      roles.map((role) => role.kind),
      OUTPUT_NAMES.map(() => "output"),
    );
  });

  it("treats a row whose only filled cells are earlier outputs as blank, so routing it again gives the same row", () => {
    const mapping = mapHeaders(["Offence", "RM2000/s", "Notes", ...OUTPUT_NAMES], policy);
    const parseRow = createRowParser(mapping, policy);
    assert.equal(parseRow(["", " ", "", "None", "", "", "", "", "", "foi-86525@1.0.0"]).blank, true);
    assert.equal(parseRow(["", "", "seen", "", "", "", "", "", "", ""]).blank, false);
  });

  it("keeps unknown columns and ignores them", () => {
    const mapping = mapHeaders(["Offence", "Case notes", "RM2000/s", ""], policy);
    assert.deepEqual(mapping.headers, ["Offence", "Case notes", "RM2000/s", ""]);
    assert.deepEqual(mapping.roles[1], { kind: "ignored" });
    assert.deepEqual(mapping.roles[3], { kind: "ignored" });
    assert.equal(describeMappingProblem(mapping, policy), null);
  });
});

describe("a header row that cannot be used as it is", () => {
  it("reports a missing RM2000/s column once, in one line naming it", () => {
    const mapping = mapHeaders(["ID", "Offence", "OGRS3"], policy);
    assert.deepEqual(
      mapping.missingRequired.map((f) => f.name),
      ["rm2000s"],
    );
    const message = describeMappingProblem(mapping, policy) ?? "";
    assert.match(message, /missing required column.*RM2000\/s/);
    assert.equal(message.split("\n").length, 1);
    assert.equal(message.match(/RM2000\/s \(/g)?.length, 1);
  });

  it("reports both required columns in one message when neither is there", () => {
    const mapping = mapHeaders(["ID", "Site"], policy);
    const message = describeMappingProblem(mapping, policy) ?? "";
    assert.ok(message.includes("Offence") && message.includes("RM2000/s"), message);
    assert.equal(message.split("\n").length, 1);
  });

  it("reports two columns for one field as a conflict naming both columns", () => {
    const mapping = mapHeaders(["Offence", "RM2000/s", "Gender", "Risk Matrix 2000/S"], policy);
    assert.deepEqual(mapping.conflicts, [{ field: "rm2000s", columns: [1, 3] }]);
    const message = describeMappingProblem(mapping, policy) ?? "";
    assert.ok(message.includes('"RM2000/s"') && message.includes('"Risk Matrix 2000/S"'), message);
  });

  it("does not treat a Needs column and need columns as a conflict", () => {
    const mapping = mapHeaders(
      ["Offence", "RM2000/s", "Needs", "SPC", "Strong sexual preference for children"],
      policy,
    );
    assert.deepEqual(mapping.conflicts, []);
  });
});

describe("finding the header row", () => {
  it("skips title rows above the header row", () => {
    const rows = [
      ["SOTP cohort, HMP Bure, January 2014"],
      [],
      ["Prepared by", "Treatment manager"],
      ["Prison number", "Offence type", "RM2000 S", "OGRS3"],
      ["A1234BC", "Contact", "Low", 62],
    ];
    assert.equal(findHeaderRow(rows, policy), 3);
  });

  it("finds a header row at the top", () => {
    assert.equal(
      findHeaderRow(
        [
          ["ID", "Offence", "RM2000/s"],
          ["A1", "Contact", "Low"],
        ],
        policy,
      ),
      0,
    );
  });
});
