import assert from "node:assert/strict";
import { loadMappingOverrides, loadSheetMapping, saveMappingOverrides } from "../../src/excel";
import { createFakeExcel } from "../support/fake-excel";

describe("remembering mapping choices per sheet and policy in workbook settings", () => {
  it("returns the saved choices for that sheet only, and nothing for a sheet without any", async () => {
    const fake = createFakeExcel();
    const headers = ["Ref", "Offence", "Risk", "Notes"];
    await fake.Excel.run((context) => saveMappingOverrides(context, "March", { 2: "rm2000s", 3: "ignore" }, headers));
    const [march, april] = await fake.Excel.run(async (context) => [
      await loadMappingOverrides(context, "March", headers),
      await loadMappingOverrides(context, "April"),
    ]);
    assert.deepEqual(march, { 2: "rm2000s", 3: "ignore" });
    assert.deepEqual(april, {});
    assert.match(fake.state.settings.get("sotpRouter.mapping.March") ?? "", /"header":"Risk"/);
  });

  it("drops a choice when its column no longer has the header it was made for", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run((context) =>
      saveMappingOverrides(context, "S", { 1: "rm2000s", 2: "ignore" }, ["ID", "Risk", "X"]),
    );
    const loaded = await fake.Excel.run((context) => loadMappingOverrides(context, "S", ["ID", "Notes", "X"]));
    assert.deepEqual(loaded, { 2: "ignore" });
  });

  it("keeps each policy's choices when another policy's are saved, and remembers the last policy", async () => {
    const fake = createFakeExcel();
    const headers = ["ID", "Risk", "DC score"];
    await fake.Excel.run(async (context) => {
      await saveMappingOverrides(context, "S", { 1: "rm2000s" }, headers, "foi-86525");
      await saveMappingOverrides(context, "S", { 2: "osp_dc" }, headers, "hmpps-2017");
    });
    const saved = await fake.Excel.run((context) => loadSheetMapping(context, "S", headers));
    assert.deepEqual(saved, {
      policyId: "hmpps-2017",
      byPolicy: { "foi-86525": { 1: "rm2000s" }, "hmpps-2017": { 2: "osp_dc" } },
    });
  });

  it("reads choices saved before there was a second policy as the default policy's", async () => {
    const fake = createFakeExcel();
    const old = { version: 1, choices: [{ column: 1, header: "Risk", choice: "rm2000s" }] };
    fake.state.settings.set("sotpRouter.mapping.S", JSON.stringify(old));
    const saved = await fake.Excel.run((context) => loadSheetMapping(context, "S", ["ID", "Risk"]));
    assert.deepEqual(saved, { policyId: null, byPolicy: { "foi-86525": { 1: "rm2000s" } } });
  });
});
