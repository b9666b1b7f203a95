import assert from "node:assert/strict";
import { TABLE_ROW } from "../../../src/excel/summary";
import { RAG_COLOURS, RAG_LABELS } from "../../../src/taskpane/summary/rag-pill";
import {
  CliSummaryRow,
  countOutsideSettingWithEngine,
  countStatusesWithEngine,
  summariseWithCli,
} from "../../support/browser/cli-summary";
import { readRowValues, readSheetsAndCharts, routeAndWait, setAsOf } from "../../support/browser/pane-actions";
import { launchPaneBrowser, PaneBrowser, PaneSession } from "../../support/browser/pane-harness";
import { SAMPLE_WORKBOOK, sampleWorkbookScenario } from "../../support/browser/sample-workbook";

const AS_OF = "2014-01-01";
const rag = (row: CliSummaryRow) => row.RAG as keyof typeof RAG_LABELS;

/** A CLI summary row as the pane's table shows it (split by site: the programme is the group heading). */
const asTableCells = (row: CliSummaryRow) => [
  row.Site,
  row.Demand,
  row.Deferred,
  row["Places a year"],
  `${row.Pressure} ${RAG_LABELS[rag(row)]}`,
  row["Wait weeks"] === "" ? "–" : row["Wait weeks"],
  row["At risk"],
];

describe("the task pane's capacity summary in Chromium, on the sample cohort", function () {
  this.timeout(60_000);
  let pane: PaneBrowser;
  let session: PaneSession;
  let cli: CliSummaryRow[];

  before(async () => {
    [pane, cli] = await Promise.all([launchPaneBrowser(), summariseWithCli(SAMPLE_WORKBOOK, AS_OF)]);
    session = await pane.open(await sampleWorkbookScenario({ withOtherSheets: true }), 320);
  });
  after(() => pane?.close());

  it("says what to do before the first run, with nothing to write yet", async () => {
    const { page } = session;
    assert.equal(
      await page.textContent(".sotp-summary-status"),
      "Route the cohort to see capacity and waiting lists, or press Refresh for a sheet routed earlier.",
    );
    assert.equal(await page.locator(".sotp-summary-table").count(), 0);
    assert.equal(await page.isDisabled("#summary-write-sheet"), true);
    await pane.screenshot(page, "09-summary-before-routing", true);
  });

  it("refreshes after Route cohort, with the run's as-of date and the CLI's figures", async () => {
    const { page } = session;
    await setAsOf(page, AS_OF);
    assert.equal(await routeAndWait(page), "success");
    await page.waitForSelector(".sotp-summary[aria-busy=false] .sotp-summary-table");
    assert.equal(await page.locator("#summary-as-of").count(), 0, "one as-of date for routing and summary");
    assert.equal(await page.textContent(".sotp-summary-heading"), `Cohort, as of ${AS_OF} (foi-86525@1.0.0)`);
    const rows = await page.$$eval(".sotp-table-slot tbody tr[data-programme]", (trs) =>
      trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? "")),
    );
    assert.ok(cli.length > 1);
    assert.deepEqual(rows, cli.map(asTableCells));
    const groups = await page.$$eval(".sotp-table-slot tr.sotp-group", (trs) => trs.map((tr) => tr.textContent));
    assert.deepEqual(groups, [...new Set(cli.map((row) => row.Programme))]);
    const planning = await page.$$eval(".sotp-planning-table tbody tr[data-programme]", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td[data-cell]")].map((cell) => cell.textContent ?? "")),
    );
    const orDash = (text: string) => (text === "" ? "–" : text);
    assert.deepEqual(
      planning,
      cli.map((row) => [
        row["At risk"],
        row.Unavoidable,
        orDash(row["Groups needed"]),
        orDash(row["Groups for green"]),
      ]),
    );
  });

  it("says first how many are over capacity and how many people are at risk", async () => {
    const count = (colour: string) => cli.filter((row) => row.RAG === colour).length;
    const atRisk = cli.reduce((sum, row) => sum + Number(row["At risk"]), 0);
    assert.equal(
      await session.page.textContent(".sotp-headline"),
      `${count("red")} of ${cli.length} programme sites over capacity (red), ${count("amber")} near it (amber). ` +
        `${atRisk} people may be released before finishing.`,
    );
  });

  it("draws a demand bar coloured by pressure and a places bar per row", async () => {
    const { page } = session;
    const bars = await page.$$eval("svg.sotp-chart .sotp-chart-row", (groups) =>
      groups.map((group) => ({
        fill: group.querySelector(".sotp-bar-demand")?.getAttribute("fill"),
        demandWidth: Number(group.querySelector(".sotp-bar-demand")?.getAttribute("width")),
        places: group.querySelector(".sotp-bar-places title")?.textContent,
      })),
    );
    assert.deepEqual(
      bars.map(({ fill, places }) => ({ fill, places })),
      cli.map((row) => ({
        fill: RAG_COLOURS[rag(row)],
        places: row["Places a year"] === "0" ? "no places" : `${row["Places a year"]} places`,
      })),
    );
    assert.ok(bars.every((bar) => bar.demandWidth > 0));
    const box = await page.locator("svg.sotp-chart").boundingBox();
    assert.ok(box && box.width > 200 && box.height > 100, `the chart is drawn (${JSON.stringify(box)})`);
  });

  it("counts the rows that need a look as the engine routes them, and those outside their setting", async () => {
    const statuses = await countStatusesWithEngine(SAMPLE_WORKBOOK, AS_OF);
    const outside = await countOutsideSettingWithEngine(SAMPLE_WORKBOOK, AS_OF);
    assert.ok(outside > 0, "the sample has people recommended for a custody-only programme in the community");
    const lines = await session.page.$$eval(".sotp-quality > li", (items) =>
      items.map((li) => [
        li.querySelector("strong")?.textContent,
        li.querySelector(".sotp-quality-count")?.textContent,
      ]),
    );
    assert.deepEqual(lines, [
      ...["Invalid", "Incomplete", "Out of scope", "Not commissioned"].map((s) => [s, String(statuses.get(s) ?? 0)]),
      ["Programme not run in their setting", String(outside)],
    ]);
    assert.match(
      (await session.page.textContent(".sotp-quality > li[data-status='Programme not run in their setting']")) ?? "",
      /High Intensity in the community setting \(counted in its demand\)/,
    );
    await session.page.locator(".sotp-quality").scrollIntoViewIfNeeded();
    await pane.screenshot(session.page, "12-summary-outside-setting", false);
  });

  it("shows the whole pane at 320 and 360 px, the table without sideways scrolling", async () => {
    const { page } = session;
    await pane.screenshot(page, "10-summary-320", true);
    const widths = await page.$$eval(".sotp-table-scroll", (els) => els.map((el) => [el.scrollWidth, el.clientWidth]));
    assert.equal(widths.length, 2, "the summary table and the planning table");
    for (const [scrollWidth, clientWidth] of widths)
      assert.ok(scrollWidth <= clientWidth, `the table fits 320 px (${scrollWidth} > ${clientWidth})`);
    await page.setViewportSize({ width: 360, height: 900 });
    await pane.screenshot(page, "11-summary-360", true);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.equal(pageWidth, 360, "nothing overflows the pane");
  });

  it("writes the SOTP Summary sheet, with a chart, when asked by keyboard", async () => {
    const { page } = session;
    await page.focus("#summary-write-sheet");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector(".sotp-summary-status")?.textContent?.startsWith("Wrote"));
    assert.deepEqual(await readSheetsAndCharts(page), [
      { name: "Cohort", charts: 0 },
      { name: "Capacity", charts: 0 },
      { name: "SOTP Summary", charts: 1 },
    ]);
    const [tableHeader] = await readRowValues(page, "SOTP Summary", [TABLE_ROW]);
    assert.equal(tableHeader[0], "Programme");
  });

  it("broke no Content-Security-Policy rule and contacted only its own origin", async () => {
    assert.deepEqual(await session.cspViolations(), []);
    assert.deepEqual(
      session.requests.filter((url) => !url.startsWith(`${session.origin}/`)),
      [],
    );
    assert.ok(session.requests.some((url) => url.endsWith("/summary.css")));
  });
});
