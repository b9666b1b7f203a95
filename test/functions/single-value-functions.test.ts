import "../support/custom-functions-shim";
import assert from "node:assert/strict";
import { explain, flags, ogrs3Band, policy, pressure, programme, tier } from "../../src/functions/functions";
import { NO_ADDRESSES, ShimCustomFunctionError } from "../support/custom-functions-shim";

const HEADERS = [["ID", "Offence", "RM2000/s", "OGRS3", "Needs"]];
const ROW = [["B7", "Non-contact", "Very High", 80, "SPC"]];
const AS_OF = "2014-01-01";

async function valueErrorOf(compute: () => unknown): Promise<string> {
  try {
    await compute();
  } catch (error) {
    assert.ok(error instanceof ShimCustomFunctionError, String(error));
    assert.equal(error.code, "#VALUE!");
    return error.message;
  }
  assert.fail("expected #VALUE!");
}

describe("the one-value functions", () => {
  it("PROGRAMME, TIER, FLAGS and EXPLAIN give one value each for one row", async () => {
    assert.equal(await programme(ROW, HEADERS, AS_OF, null, NO_ADDRESSES), "High Intensity");
    assert.equal(await tier(ROW, HEADERS, AS_OF, null, NO_ADDRESSES), "High");
    assert.equal(await flags(ROW, HEADERS, AS_OF, null, NO_ADDRESSES), "DIVERT_HI_RISK;HSP_FOLLOW_ON;PILOT_ONLY");
    const reasons = (await explain(ROW, HEADERS, AS_OF, null, NO_ADDRESSES)).split("\n");
    assert.match(reasons[0], /^R-3: /);
    assert.ok(reasons.some((line) => line.startsWith("F-1: ")));
  });

  it("reads the row in the canonical column order when headers are omitted", async () => {
    const row = [["B7", null, null, "Contact", "Medium", 60]];
    assert.equal(await programme(row, null as unknown as unknown[][], AS_OF, null, NO_ADDRESSES), "High Intensity");
  });

  it("answers #VALUE! for a range of more than one row", async () => {
    const message = await valueErrorOf(() => programme([ROW[0], ROW[0]], HEADERS, AS_OF, null, NO_ADDRESSES));
    assert.match(message, /row has 2 rows: expected one row \(use SOTP.ROUTE/);
  });

  it("POLICY names the policy and its version", () => {
    assert.equal(policy(), "foi-86525@1.0.0");
  });

  it("OGRS3BAND bands scores, percentages as text and band names by the policy", async () => {
    const bands = await Promise.all([49, 50, 74.9, 75, 90, "42%", "vh", null].map((s) => ogrs3Band(s, NO_ADDRESSES)));
    assert.deepEqual(bands, ["Low", "Medium", "Medium", "High", "Very High", "Low", "Very High", ""]);
  });

  it("OGRS3BAND refuses to guess a number from 0 to 1 when the cell format is unknown, and rejects bad scores", async () => {
    assert.match(await valueErrorOf(() => ogrs3Band(0.42, NO_ADDRESSES)), /could be the score 0.42 or 42%/);
    assert.match(
      await valueErrorOf(() => ogrs3Band(101, NO_ADDRESSES)),
      /OGRS3 "101" is out of range: expected a score/,
    );
    assert.equal(await ogrs3Band(0, NO_ADDRESSES), "Low");
  });

  it("PRESSURE divides demand by places to 2 decimals, half away from zero, or says no places", async () => {
    assert.equal(pressure(11, 8), 1.38);
    assert.equal(pressure(1, 8), 0.13);
    assert.equal(pressure(3, 0), "no places");
    assert.match(await valueErrorOf(() => pressure(-1, 8)), /demand "-1" is not accepted/);
  });

  it("POLICY gives the default policy's stamp, or the stamp of the one named", async () => {
    assert.equal(policy(), "foi-86525@1.0.0");
    assert.equal(policy(null), "foi-86525@1.0.0");
    assert.equal(policy("hmpps-2017"), "hmpps-2017@1.0.0");
    assert.match(await valueErrorOf(() => policy("hmpps-2018")), /policy "hmpps-2018" is not a bundled policy/);
  });

  it("PROGRAMME, TIER, FLAGS and EXPLAIN route by the policy named as their last argument", async () => {
    const headers = [["ID", "Offence", "OSP/DC", "HSP score"]];
    const row = [["K1", "Contact", 31, 4]];
    assert.equal(await programme(row, headers, AS_OF, "hmpps-2017", NO_ADDRESSES), "Kaizen");
    assert.equal(await tier(row, headers, AS_OF, "hmpps-2017", NO_ADDRESSES), "High");
    assert.equal(await flags(row, headers, AS_OF, "hmpps-2017", NO_ADDRESSES), "HSP_FOLLOW_ON");
    const reasons = await explain(row, headers, AS_OF, "hmpps-2017", NO_ADDRESSES);
    assert.match(reasons, /^K-1: /);
    assert.match(await valueErrorOf(() => programme(row, headers, AS_OF, null, NO_ADDRESSES)), /RM2000\/s/);
    const unknown = await valueErrorOf(() => programme(row, headers, AS_OF, "sotp", NO_ADDRESSES));
    assert.match(unknown, /expected one of foi-86525, hmpps-2017/);
  });
});
