import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addChartToXlsx } from "../../src/cli/add-chart-to-xlsx";
import type { BarChartData } from "../../src/cli/xlsx-chart-xml";

const chartOn = (sheet: string): BarChartData => ({
  title: "Moves <&> more",
  seriesName: "People",
  seriesNameRef: `'${sheet}'!$B$1`,
  categoriesRef: `'${sheet}'!$A$2:$A$3`,
  valuesRef: `'${sheet}'!$B$2:$B$3`,
  categories: ["A → B", "C & D"],
  values: [5, 2],
});
const anchor = { fromColumn: 0, fromRow: 5, toColumn: 8, toRow: 20 };

describe("adding a chart to an XLSX package exceljs wrote", () => {
  it("adds parts that do not clash with existing relationships or earlier charts, and exceljs still reads it", async () => {
    const workbook = new ExcelJS.Workbook();
    const first = workbook.addWorksheet("Data & more");
    first.getCell("A1").value = { text: "link", hyperlink: "https://example.org/" };
    workbook.addWorksheet("Second");
    let xlsx: Buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    xlsx = await addChartToXlsx(xlsx, "Data & more", chartOn("Data & more"), anchor);
    xlsx = await addChartToXlsx(xlsx, "Second", chartOn("Second"), anchor);

    const zip = await JSZip.loadAsync(xlsx);
    const rels = (await zip.file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string")) ?? "";
    assert.match(rels, /Id="rId1"[^>]*hyperlink/);
    assert.match(rels, /Id="rId2"[^>]*drawing" Target="..\/drawings\/drawing1.xml"/);
    const second = (await zip.file("xl/worksheets/_rels/sheet2.xml.rels")?.async("string")) ?? "";
    assert.match(second, /Target="..\/drawings\/drawing2.xml"/);
    assert.match((await zip.file("xl/drawings/_rels/drawing2.xml.rels")?.async("string")) ?? "", /chart2\.xml/);
    const chart = (await zip.file("xl/charts/chart1.xml")?.async("string")) ?? "";
    assert.match(chart, /Moves &lt;&amp;&gt; more/);
    assert.match(chart, /<c:v>C &amp; D<\/c:v>/);
    assert.match(chart, /<c:orientation val="maxMin"\/>/, "largest bar on top");

    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(xlsx as unknown as ArrayBuffer);
    assert.deepEqual(
      reread.worksheets.map((s) => s.name),
      ["Data & more", "Second"],
    );
  });

  it("refuses a sheet the package does not have", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Only");
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    await assert.rejects(addChartToXlsx(xlsx, "Other", chartOn("Other"), anchor), /no sheet "Other"/);
  });
});
