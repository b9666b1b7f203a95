import assert from "node:assert/strict";
import { CURRENT_SUITE_HEADERS, generateCurrentSuiteColumns } from "../../src/sample/current-suite-columns";
import { generateCohort, SAMPLE_HEADERS } from "../../src/sample/generate-cohort";

describe("the sample's current-suite columns (OSP/DC, OSP/IIC, LDC score, HSP score)", () => {
  const rows = generateCohort({ rows: 2000, seed: 2014 });
  const extra = generateCurrentSuiteColumns(rows, 2014);
  const column = (name: (typeof CURRENT_SUITE_HEADERS)[number]) =>
    extra.map((cells) => cells[CURRENT_SUITE_HEADERS.indexOf(name)]);
  const whole = (low: number, high: number) => (text: string) =>
    text === "" || (/^\d+$/.test(text) && Number(text) >= low && Number(text) <= high);

  it("gives values hmpps-2017 accepts: scores in range, OSP/IIC a band of three", () => {
    assert.ok(column("OSP/DC").every(whole(0, 64)));
    assert.ok(column("OSP/IIC").every((band) => ["", "Low", "Medium", "High"].includes(band)));
    assert.ok(column("LDC score").every(whole(0, 14)));
    assert.ok(column("HSP score").every(whole(0, 60)));
  });

  it("follows the person: OSP/DC with RM2000/s, LDC scores of 3 or more mostly with a learning disability", () => {
    const rm = SAMPLE_HEADERS.indexOf("RM2000/s");
    const mean = (band: string) => {
      const scores = rows.flatMap((row, i) => (row[rm] === band && extra[i][0] !== "" ? [Number(extra[i][0])] : []));
      return scores.reduce((sum, n) => sum + n, 0) / scores.length;
    };
    assert.ok(mean("Low") < mean("Medium") && mean("Medium") < mean("High") && mean("High") < mean("Very High"));
    const ld = SAMPLE_HEADERS.indexOf("Learning disability");
    const ldcAt = (yes: boolean) => {
      const scored = rows.flatMap((row, i) => ((row[ld] === "Yes") === yes && extra[i][2] !== "" ? [extra[i][2]] : []));
      return scored.filter((s) => Number(s) >= 3).length / scored.length;
    };
    assert.ok(ldcAt(true) > 0.7 && ldcAt(false) < 0.3, `${ldcAt(true)} ${ldcAt(false)}`);
  });

  it("is the same for the same seed, and another for another seed", () => {
    assert.deepEqual(generateCurrentSuiteColumns(rows, 2014), extra);
    assert.notDeepEqual(generateCurrentSuiteColumns(rows, 2015), extra);
  });
});
