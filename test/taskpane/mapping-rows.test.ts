import assert from "node:assert/strict";
import { getBundledPolicy } from "../../src/policies";
import {
  chooseMapping,
  describeMapping,
  IGNORE_CHOICE,
  keepKnownOverrides,
  listMappingOptions,
} from "../../src/taskpane/mapping-rows";

const policy = getBundledPolicy("foi-86525");
const HEADERS = ["Prison number", "Offence", "Static risk band", "SPC", "Notes", "Programme"];

describe("the mapping as the task pane lists it", () => {
  describe("when a required column has an unknown header", () => {
    const view = describeMapping(HEADERS, 1, policy, {});

    it("lists each input column with its sheet letter and mapped field, leaving out earlier outputs", () => {
      assert.deepEqual(
        view.rows.map((row) => [row.letter, row.header, row.choice]),
        [
          ["B", "Prison number", "id"],
          ["C", "Offence", "offence"],
          ["D", "Static risk band", IGNORE_CHOICE],
          ["E", "SPC", "item:needs:SPC"],
          ["F", "Notes", IGNORE_CHOICE],
        ],
      );
      assert.equal(view.outputColumnCount, 1);
    });

    it("names the missing required field and counts the ignored columns", () => {
      assert.deepEqual(view.missingRequired, ["RM2000/s"]);
      assert.equal(view.ignoredCount, 2);
    });
  });

  describe("when the user corrects a column", () => {
    const overrides = chooseMapping(HEADERS, policy, {}, 2, "rm2000s");
    const view = describeMapping(HEADERS, 0, policy, overrides);

    it("stores the choice and marks the row as corrected", () => {
      assert.deepEqual(overrides, { 2: "rm2000s" });
      assert.deepEqual(view.missingRequired, []);
      assert.equal(view.rows[2].corrected, true);
    });

    it("drops the stored choice when the user goes back to what the header gives", () => {
      assert.deepEqual(chooseMapping(HEADERS, policy, overrides, 2, IGNORE_CHOICE), {});
    });

    it("flags both columns when two feed one field", () => {
      const twice = describeMapping(HEADERS, 0, policy, chooseMapping(HEADERS, policy, overrides, 4, "offence"));
      assert.deepEqual(
        twice.rows.filter((row) => row.conflict).map((row) => row.header),
        ["Offence", "Notes"],
      );
    });
  });

  it("offers every policy field, the yes/no need columns and ignore", () => {
    const values = listMappingOptions(policy).map((option) => option.value);
    assert.equal(values[0], IGNORE_CHOICE);
    for (const field of policy.fields) assert.ok(values.includes(field.name), field.name);
    assert.ok(values.includes("item:needs:WD"));
    assert.equal(listMappingOptions(policy).find((o) => o.value === "offence")?.label, "Offence (required)");
  });

  it("drops saved choices the policy does not know", () => {
    assert.deepEqual(keepKnownOverrides({ 0: "id", 1: "riskOfHarm", 2: "ignore" }, policy), { 0: "id", 2: "ignore" });
  });

  describe("under hmpps-2017", () => {
    const hmpps = getBundledPolicy("hmpps-2017");

    it("offers that policy's fields, the OSP columns as alternatives, and not the computed OSP risk", () => {
      const labels = listMappingOptions(hmpps).map((option) => option.label);
      assert.ok(labels.includes("OSP/DC (or OSP/IIC)"), labels.join(", "));
      assert.ok(labels.includes("OSP/IIC (or OSP/DC)"));
      assert.ok(labels.includes("HSP score"));
      assert.ok(!labels.some((label) => /RM2000|OSP risk/.test(label)), labels.join(", "));
    });

    it("names both OSP columns when the sheet has neither", () => {
      const view = describeMapping(["ID", "Offence", "RM2000/s"], 0, hmpps, {});
      assert.deepEqual(view.missingRequired, ["OSP/DC or OSP/IIC"]);
    });
  });
});

describe("the pane's hint for ignored columns that look like a field", () => {
  const policy = getBundledPolicy();

  it("names the field an ignored header looks like, unless the user chose to ignore it", () => {
    const headers = ["NOMIS No", "Offence", "RM2000/s", "Denies offence", "IQ score"];
    const view = describeMapping(headers, 0, policy, {});
    assert.deepEqual(
      view.rows.map((row) => row.lookAlike),
      [[], [], [], ["Maintains innocence"], ["IQ"]],
    );
    assert.deepEqual(describeMapping(headers, 0, policy, { 4: "ignore" }).rows[4].lookAlike, []);
  });
});
