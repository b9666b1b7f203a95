import assert from "node:assert/strict";
import { accountForColumns, lookAlikeChoices, mapHeaders, resolveMappingChoice } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";

const policy = getBundledPolicy();

describe("headers that look like a field", () => {
  it("finds the field whose accepted header or label the header contains", () => {
    assert.deepEqual(lookAlikeChoices("IQ score", policy), ["iq"]);
    assert.deepEqual(lookAlikeChoices("Appeal lodged", policy), ["appeal"]);
    assert.deepEqual(lookAlikeChoices("Release (CRD)", policy), ["release"]);
    assert.deepEqual(lookAlikeChoices("SPC score", policy), ["item:needs:SPC"]);
    assert.deepEqual(lookAlikeChoices("L.D. flag", policy), ["ld"]);
  });

  it("leaves out fields another column already feeds", () => {
    assert.deepEqual(lookAlikeChoices("Denies offence", policy), ["offence", "denial"]);
    assert.deepEqual(lookAlikeChoices("Denies offence", policy, new Set(["offence"])), ["denial"]);
  });

  it("matches short spellings (ld, iq, crd, id) only as whole words", () => {
    for (const header of ["World", "Unique", "Video link", "Old notes", "Notes", "NOMIS No", "Programme notes"])
      assert.deepEqual(lookAlikeChoices(header, policy), [], header);
  });

  it("accounts for each column: what it feeds, or that it is ignored and what it looks like", () => {
    const mapping = mapHeaders(["Offence", "RM2000/s", "Denies offence", "Notes", "Status"], policy, { 3: "ignore" });
    assert.deepEqual(
      accountForColumns(mapping, policy, { 3: "ignore" }).map((a) => [a.header, a.choice, a.lookAlike]),
      [
        ["Offence", "offence", []],
        ["RM2000/s", "rm2000s", []],
        ["Denies offence", "ignore", ["denial"]],
        ["Notes", "ignore", []],
        ["Status", "output", []],
      ],
    );
  });
});

describe("choices typed for a column (--map)", () => {
  it("accepts a field name, its label, any accepted header, an item code and ignore", () => {
    assert.equal(resolveMappingChoice("denial", policy), "denial");
    assert.equal(resolveMappingChoice("Maintains innocence", policy), "denial");
    assert.equal(resolveMappingChoice("denies", policy), "denial");
    assert.equal(resolveMappingChoice("SPC", policy), "item:needs:SPC");
    assert.equal(resolveMappingChoice("Needs: SPC (yes/no)", policy), "item:needs:SPC");
    assert.equal(resolveMappingChoice("Ignore", policy), "ignore");
    assert.equal(resolveMappingChoice("danger", policy), null);
    assert.equal(resolveMappingChoice("Status", policy), null);
  });
});
