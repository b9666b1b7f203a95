import assert from "node:assert/strict";
import { chooseExcelHost } from "../../src/taskpane/choose-excel-host";

describe("choosing the Excel the pane talks to", () => {
  const excel = { run: async () => undefined };

  it("uses Office's Excel inside Excel", () => {
    assert.equal(chooseExcelHost("Excel", { Excel: excel }), excel);
  });

  it("uses an Excel injected on the page when Office reports no host (browser tests)", () => {
    assert.equal(chooseExcelHost(null, { Excel: excel }), excel);
  });

  it("has none in a plain browser, or in another Office application", () => {
    assert.equal(chooseExcelHost(null, {}), null);
    assert.equal(chooseExcelHost("Word", { Excel: excel }), null);
    assert.equal(chooseExcelHost(null, { Excel: {} }), null);
  });
});
