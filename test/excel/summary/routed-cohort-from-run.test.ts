import assert from "node:assert/strict";
import path from "node:path";
import { routeCohortInExcel } from "../../../src/excel";
import {
  readWorkbookCapacity,
  routedCohortFromRun,
  summariseRoutedCohort,
  summariseWorkbook,
  WorkbookSummary,
} from "../../../src/excel/summary";
import { parseIsoDay } from "../../../src/parsing";
import { getBundledPolicy } from "../../../src/policies";
import { exampleScenario } from "../../support/browser/example-scenarios";
import { sampleWorkbookScenario } from "../../support/browser/sample-workbook";
import { arrangeScenario, PaneScenario } from "../../support/browser/scenario";
import { createFakeExcel } from "../../support/fake-excel";
import type { StoredValue } from "../../support/fake-excel";
import { readCsvRows, SHARED_EXAMPLES } from "../../support/shared-examples";

const asOf = parseIsoDay("2014-01-01") as number;
const asStored = (text: string): StoredValue => (text !== "" && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);

function overrideScenario(): PaneScenario {
  const [header, ...rows] = readCsvRows(path.join(SHARED_EXAMPLES, "override-examples.csv"));
  const examples = rows.map((row) => [...row.slice(0, 13).map(asStored), "HMP Bure"]);
  return { sheetName: "Cohort", topLeft: "A1", header: [...header.slice(0, 13), "Site"], examples, rowCount: 60 };
}

/** What the summary shows, but where the cohort was found (the run's range has no output columns yet). */
const shown = ({ cohort, ...rest }: WorkbookSummary) => ({ ...rest, cohort: { ...cohort, location: undefined } });

describe("a routing run's cohort kept in memory for the capacity summary", () => {
  const scenarios: [string, () => Promise<PaneScenario>][] = [
    ["the sample workbook with its Capacity sheet", () => sampleWorkbookScenario({ withOtherSheets: true })],
    ["1,000 rows of the shared examples", async () => exampleScenario(1000)],
    ["the override examples", async () => overrideScenario()],
  ];
  for (const [name, scenario] of scenarios)
    it(`summarises as a read of the sheet just written would: ${name}`, async () => {
      const fake = createFakeExcel({ firstSheetName: "Cohort" });
      const arranged = await scenario();
      arrangeScenario(fake.state, { ...arranged, sheetName: "Cohort" });
      const policy = getBundledPolicy();
      const outcome = await fake.Excel.run((context) => routeCohortInExcel(context, { policy, asOf }));
      const cohort = routedCohortFromRun(outcome.location, outcome.mapping, outcome.routing, policy);

      const before = fake.syncCount;
      const inMemory = await fake.Excel.run((context) => summariseRoutedCohort(context, { policy, asOf, cohort }));
      const inMemorySyncs = fake.syncCount - before;
      const reread = await fake.Excel.run((context) => summariseWorkbook(context, { policy, asOf }));
      assert.deepEqual(shown(inMemory), shown(reread));
      assert.ok(inMemory.summary.rows.length > 0);

      const capacityOnly = fake.syncCount;
      await fake.Excel.run((context) => readWorkbookCapacity(context, policy));
      assert.equal(inMemorySyncs, fake.syncCount - capacityOnly, "only the capacity table is read");
    });
});
