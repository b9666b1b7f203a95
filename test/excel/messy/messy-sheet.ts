import { routeCohortInExcel, RouteInExcelOutcome } from "../../../src/excel";
import type { OutputColumn } from "../../../src/parsing";
import { FakeExcel, StoredValue } from "../../support/fake-excel";
import { AS_OF, HEADER, POLICY } from "../cohort-fixture";

/** A valid example row with its own ID: Contact, RM2000/s Low, OGRS3 60 → Low Intensity, Recommended. */
export function personRow(id: string): StoredValue[] {
  const row = HEADER.map((): StoredValue => "");
  const set = (header: string, value: StoredValue) => (row[HEADER.indexOf(header)] = value);
  set("ID", id);
  set("Offence", "Contact");
  set("RM2000/s", "Low");
  set("OGRS3", 60);
  return row;
}

/** Runs "Route cohort" on the active sheet, as the task pane does. */
export function routeActiveSheet(fake: FakeExcel): Promise<RouteInExcelOutcome> {
  return fake.Excel.run((context) => routeCohortInExcel(context, { policy: POLICY, asOf: AS_OF }));
}

/** One output column's cells for every data row, read back from the sheet. */
export function outputCells(fake: FakeExcel, outcome: RouteInExcelOutcome, column: OutputColumn): StoredValue[] {
  const { sheetName, headerRow, dataRowCount } = outcome.location;
  const sheet = fake.state.sheet(sheetName);
  return Array.from({ length: dataRowCount }, (_, i) =>
    sheet.getValue(headerRow + 1 + i, outcome.plan.columns[column]),
  );
}
