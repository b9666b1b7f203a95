import assert from "node:assert/strict";
import { loadMappingOverrides, saveMappingOverrides } from "../../src/excel";
import { createFakeExcel } from "../support/fake-excel";

describe("remembering mapping choices per sheet in workbook settings", () => {
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
});
