import assert from "node:assert/strict";
import { describeMissingExcelApi, REQUIRED_EXCEL_API } from "../../src/taskpane/check-excel-api";

/** Office's requirement check for an Excel that supports ExcelApi up to `highest` (minor versions of 1.x). */
function excelSupporting(highest: number) {
  const asked: string[] = [];
  return {
    asked,
    isSetSupported(name: string, minVersion = "1.1") {
      asked.push(`${name} ${minVersion}`);
      return name === "ExcelApi" && Number(minVersion.split(".")[1]) <= highest;
    },
  };
}

describe("checking the Excel API sets before the pane starts", () => {
  it("asks Office for ExcelApi 1.13 and lets a current Excel start", () => {
    const requirements = excelSupporting(17);
    assert.equal(describeMissingExcelApi("Excel", requirements), null);
    assert.deepEqual(requirements.asked, ["ExcelApi 1.13"]);
    assert.deepEqual(REQUIRED_EXCEL_API, { name: "ExcelApi", version: "1.13" });
  });

  it("explains, as an error naming the set, when Excel supports only ExcelApi 1.12", () => {
    const notice = describeMissingExcelApi("Excel", excelSupporting(12));
    assert.equal(notice?.tone, "error");
    assert.equal(notice?.title, "This version of Excel is too old for SOTP Router");
    assert.match(notice?.detail ?? "", /ExcelApi 1\.13/);
    assert.match(notice?.detail ?? "", /Nothing in the workbook was read or changed\.$/);
  });

  it("treats an Excel that cannot report its requirement sets as too old", () => {
    assert.equal(describeMissingExcelApi("Excel", undefined)?.tone, "error");
  });

  it("does not check outside Office's Excel (the browser tests' injected Excel, a plain browser)", () => {
    assert.equal(describeMissingExcelApi(null, undefined), null);
    assert.equal(describeMissingExcelApi(undefined, excelSupporting(1)), null);
  });
});
