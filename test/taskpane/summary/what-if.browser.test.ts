import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { parse } from "csv-parse/sync";
import type { Page } from "playwright-core";
import { runSummaryCommand } from "../../../src/cli/summary-command";
import type { StoredValue } from "../../support/fake-excel";
import { CliSummaryRow } from "../../support/browser/cli-summary";
import { readFake, readSheetValues, routeAndWait, setAsOf } from "../../support/browser/pane-actions";
import { launchPaneBrowser, PaneBrowser, PaneSession, SCREENSHOTS } from "../../support/browser/pane-harness";
import type { PaneScenario } from "../../support/browser/scenario";
import { readCsvRows, SHARED_EXAMPLES } from "../../support/shared-examples";

const AS_OF = "2014-01-01";
const example = (name: string) => path.join(SHARED_EXAMPLES, `capacity-example-${name}.csv`);
const stored = (rows: string[][]): StoredValue[][] =>
  rows.map((row) => row.map((text) => (/^\d+(\.\d+)?$/.test(text) ? Number(text) : text)));
const [COHORT_HEADER, ...COHORT_ROWS] = stored(readCsvRows(example("cohort")));
const CAPACITY = stored(readCsvRows(example("capacity")));

/** The shared capacity example as a workbook: the cohort on "Cohort", its capacity table on sheet "Capacity". */
const SCENARIO: PaneScenario = {
  sheetName: "Cohort",
  topLeft: "A1",
  header: COHORT_HEADER.map(String),
  examples: COHORT_ROWS,
  rowCount: COHORT_ROWS.length,
  idsAsGiven: true,
  otherSheets: [{ name: "Capacity", cells: CAPACITY }],
};

/** What `sotp summary --format csv` prints for the example with another capacity table. */
async function cliSummary(capacity: StoredValue[][]): Promise<CliSummaryRow[]> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "sotp-what-if-")), "capacity.csv");
  writeFileSync(file, capacity.map((row) => row.join(",")).join("\n"));
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await runSummaryCommand(example("cohort"), { asOf: AS_OF, capacity: file, format: "csv" }, out);
  return parse(Buffer.concat(chunks).toString("utf8"), { columns: true }) as CliSummaryRow[];
}

/** Both tables as the pane shows them, one line of figures per programme and site, as the CLI's columns. */
async function shownRows(page: Page): Promise<string[][]> {
  const cells = (table: string) =>
    page.$$eval(`${table} tbody tr[data-programme]`, (trs) =>
      trs.map((tr) => [...tr.children].map((td) => td.querySelector("input")?.value ?? td.textContent ?? "")),
    );
  const [summary, planning] = await Promise.all([cells(".sotp-table-slot table"), cells(".sotp-planning-table")]);
  return summary.map((row, i) => [...row, ...planning[i].slice(1)]);
}

const asShown = (row: CliSummaryRow, groups: string, size: string) => {
  const rag = row.RAG[0].toUpperCase() + row.RAG.slice(1);
  const blank = (text: string) => (text === "" ? "–" : text);
  return [row.Site, row.Demand, row.Deferred, row["Places a year"], `${row.Pressure} ${rag}`, blank(row["Wait weeks"])]
    .concat([row["At risk"], groups, size, row["At risk"], row.Unavoidable])
    .concat([blank(row["Groups needed"]), blank(row["Groups for green"])]);
};
/** Groups a year and group size per summary row of the example, as its capacity table gives them. */
const FIGURES = [
  ["4", "8"],
  ["1", "8"],
  ["2", "8"],
  ["2", "8"],
  ["0", "8"],
];
/** A close-up of the summary table and the what-if section, besides the whole pane. */
async function closeUp(page: Page, name: string): Promise<void> {
  await page.locator(".sotp-table-slot").screenshot({ path: path.join(SCREENSHOTS, `${name}-table.png`) });
  await page.locator(".sotp-whatif").screenshot({ path: path.join(SCREENSHOTS, `${name}-what-if.png`) });
}
const HI_BURE = '.sotp-planning-table tr[data-programme="HI"][data-site="HMP Bure"]';
const LI_WHATTON = '.sotp-planning-table tr[data-programme="LI"][data-site="HMP Whatton"]';

describe("the task pane's what-if in Chromium, on the shared capacity example", function () {
  this.timeout(60_000);
  let pane: PaneBrowser;
  let session: PaneSession;
  let sheetFigures: CliSummaryRow[];
  let chosenFigures: CliSummaryRow[];
  const CHOSEN = CAPACITY.map((row) => [...row]);
  CHOSEN[1][2] = 2; // HI at HMP Bure: 2 groups a year
  CHOSEN.push(["Low Intensity", "HMP Whatton", 4, 4, 12]); // LI at HMP Whatton: groups of 4

  before(async () => {
    [pane, sheetFigures, chosenFigures] = await Promise.all([
      launchPaneBrowser(),
      cliSummary(CAPACITY),
      cliSummary(CHOSEN),
    ]);
    session = await pane.open(SCENARIO, 320);
    await setAsOf(session.page, AS_OF);
    assert.equal(await routeAndWait(session.page), "success");
    await session.page.waitForSelector(".sotp-summary[aria-busy=false] .sotp-planning-table");
  });
  after(() => pane?.close());

  it("shows the sheet's figures and the three planning columns, with nothing to reset or save", async () => {
    const { page } = session;
    assert.deepEqual(
      await shownRows(page),
      sheetFigures.map((row, i) => asShown(row, ...(FIGURES[i] as [string, string]))),
    );
    assert.equal(await page.isDisabled("#summary-whatif-reset"), true);
    assert.equal(await page.isDisabled("#summary-whatif-save"), true);
  });

  it("recomputes at once when groups a year and group size change, without touching the workbook", async () => {
    const { page } = session;
    const syncsBefore = (await readFake(page)).syncCount;
    await page.fill(`${HI_BURE} input[data-figure=groupsPerYear]`, "2");
    await page.fill(`${LI_WHATTON} input[data-figure=groupSize]`, "4");
    assert.equal((await readFake(page)).syncCount, syncsBefore, "no Excel call while trying figures");
    const figures = FIGURES.map((pair) => [...pair]);
    figures[0][1] = "4";
    figures[1][0] = "2";
    assert.deepEqual(
      await shownRows(page),
      chosenFigures.map((row, i) => asShown(row, ...(figures[i] as [string, string]))),
    );
    assert.deepEqual(await page.$$eval(".sotp-whatif-headline", (ps) => ps.map((p) => p.textContent)), [
      "HMP Whatton · Low Intensity: groups of 4 instead of 8 clears the queue before release for 8 of 9 people.",
      "HMP Bure · High Intensity: 2 groups a year instead of 1 clears the queue before release for 11 of 11 people.",
    ]);
    assert.equal(
      await page.textContent(".sotp-whatif-line:nth-child(2) .sotp-whatif-detail"),
      "Pressure 0.69 green (was 1.38 red), wait 26.0 weeks (was 52.0 weeks), at risk 0 (was 0).",
    );
    assert.match((await page.textContent(".sotp-headline")) ?? "", /^With the changed figures: /);
    assert.equal(await page.isEnabled("#summary-whatif-save"), true);
    await pane.screenshot(page, "13-what-if-edited", true);
    await closeUp(page, "13-what-if-edited");
  });

  it("says which figure is not a number and will not save it", async () => {
    const { page } = session;
    await page.fill(`${HI_BURE} input[data-figure=groupSize]`, "");
    assert.equal(
      await page.textContent(".sotp-whatif-invalid"),
      "Group size for HMP Bure · High Intensity must be a number ≥ 0; the sheet's 8 is used meanwhile.",
    );
    assert.equal(await page.getAttribute(`${HI_BURE} input[data-figure=groupSize]`, "aria-invalid"), "true");
    assert.equal(await page.isDisabled("#summary-whatif-save"), true);
    await closeUp(page, "14-what-if-invalid");
  });

  it("returns to the sheet's figures on Reset", async () => {
    const { page } = session;
    await page.click("#summary-whatif-reset");
    assert.deepEqual(
      await shownRows(page),
      sheetFigures.map((row, i) => asShown(row, ...(FIGURES[i] as [string, string]))),
    );
    assert.equal(await page.locator(".sotp-whatif-result > *").count(), 0);
    assert.equal(await page.locator(".sotp-changed").count(), 0);
    assert.doesNotMatch((await page.textContent(".sotp-headline")) ?? "", /changed/);
    assert.equal(await page.isDisabled("#summary-whatif-save"), true);
  });

  it("saves the chosen figures to the Capacity sheet, adding a site row, and changes no other cell", async () => {
    const { page } = session;
    const cohortBefore = await readSheetValues(page, "Cohort");
    await page.fill(`${HI_BURE} input[data-figure=groupsPerYear]`, "2");
    await page.fill(`${LI_WHATTON} input[data-figure=groupSize]`, "4");
    await page.click("#summary-whatif-save");
    await page.waitForFunction(() => document.querySelector(".sotp-summary-status")?.textContent?.startsWith("Saved"));
    assert.equal(
      await page.textContent(".sotp-summary-status"),
      'Saved the figures of 2 rows to the sheet "Capacity", adding 1 row. The table shows the sheet\'s figures again.',
    );
    const capacity = (await readSheetValues(page, "Capacity")).map(([, cells]) => cells);
    assert.deepEqual(
      capacity,
      CHOSEN.map((row) => row.map((cell) => cell ?? "")),
    );
    assert.deepEqual(await readSheetValues(page, "Cohort"), cohortBefore);
    const figures = FIGURES.map((pair) => [...pair]);
    figures[0][1] = "4";
    figures[1][0] = "2";
    assert.deepEqual(
      await shownRows(page),
      chosenFigures.map((row, i) => asShown(row, ...(figures[i] as [string, string]))),
    );
    assert.equal(await page.isDisabled("#summary-whatif-save"), true, "the sheet now holds these figures");
    await pane.screenshot(page, "15-what-if-saved", true);
    await closeUp(page, "15-what-if-saved");
    assert.deepEqual(await session.cspViolations(), []);
  });
});
