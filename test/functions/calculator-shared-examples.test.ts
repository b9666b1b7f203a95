import "../support/custom-functions-shim";
import assert from "node:assert/strict";
import { ogrs3, ospDc, ospIic, rm2000s } from "../../src/functions/calculator-functions";
import { NO_ADDRESSES } from "../support/custom-functions-shim";
import { assertExampleOutputs, readCalculatorExamples } from "../support/calculator-examples";
import { toExcelCell } from "../support/excel-cells";

type Matrix = unknown[][];

describe("the 22 shared calculator examples, through =SOTP.OGRS3, OSPDC, OSPIIC and RM2000S", () => {
  const { rows, records } = readCalculatorExamples();
  const headers = rows[0];
  /** The whole input column under `header`, as Excel passes a one-column range. */
  const column = (header: string): Matrix => {
    const index = headers.indexOf(header);
    assert.ok(index >= 0, header);
    return rows.slice(1).map((row) => [toExcelCell(row[index] ?? "")]);
  };
  const c = (...names: string[]) => names.map(column);

  async function spillAll(): Promise<unknown[][]> {
    const [sex, age, total] = c("Sex", "Age at start of follow-up", "Total sanctions");
    const counts = c(
      "Contact adult sexual sanctions",
      "Contact child sexual sanctions",
      "Non-contact sexual sanctions",
      "Image and indirect contact sanctions",
    );
    const [first, current, offence] = c("Age at first sanction", "Age at current conviction", "OGRS3 offence category");
    const [lastSexual, stranger, setting, offenceFree] = c(
      "Age at last sexual sanction",
      "Current offence stranger victim",
      "Setting",
      "Offence-free years in community",
    );
    const rm = c("Sexual appearances", "Criminal appearances", "Male victim", "Stranger victim", "Single");
    const nonContactConviction = column("Non-contact sexual conviction");
    const [adult, child, nonContact, images] = counts;
    const parts = [
      await ogrs3(sex, age, total, first, current, offence, NO_ADDRESSES),
      await ospDc(
        sex,
        age,
        total,
        adult,
        child,
        nonContact,
        images,
        lastSexual,
        stranger,
        setting,
        offenceFree,
        NO_ADDRESSES,
      ),
      await ospIic(sex, adult, child, nonContact, images, NO_ADDRESSES),
      await rm2000s(sex, age, rm[0], rm[1], rm[2], rm[3], rm[4], nonContactConviction, NO_ADDRESSES),
    ];
    return records.map((_, index) => parts.flatMap((part) => part[index]));
  }

  it("spills one row per example with every expected output cell, scores as numbers", async () => {
    const spilled = await spillAll();
    assert.equal(spilled.length, 22);
    spilled.forEach((cells, index) => assertExampleOutputs(cells, records[index], "functions"));
    assert.equal(typeof spilled[0][0], "number");
    assert.equal(spilled[0][2], "Low");
  });

  it("gives the same row for one row's cells as for the whole columns", async () => {
    // E010, the community step: single cells, setting and offence-free years given.
    const one = (value: unknown) => [[value]];
    const e010 = await ospDc(
      one(null),
      one(37),
      one(4),
      one(2),
      one(0),
      one(1),
      one(0),
      one(30),
      one("Yes"),
      one("Community"),
      one(6),
      NO_ADDRESSES,
    );
    assert.deepEqual(e010, [
      [40, 9.61, "High", "Band lowered one level: 5 or more offence-free years in the community"],
    ]);
  });
});
