import assert from "node:assert/strict";
import { describeComputedInputs, findRoutingOffers } from "../../src/calculators";
import { createRowParser, mapHeaders } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";

const policy = getBundledPolicy("foi-86525");

describe("offers to route on a computed band (spec 1.9)", () => {
  it("offers RM2000/s band when the sheet has no RM2000/s column", () => {
    const headers = [
      "ID",
      "Offence",
      "Sexual appearances",
      "RM2000/s points",
      "RM2000/s band",
      "OGRS3 2yr %",
      "OGRS3 band",
    ];
    assert.deepEqual(findRoutingOffers(headers, policy), [
      { field: "rm2000s", fieldLabel: "RM2000/s", column: 4, header: "RM2000/s band" },
    ]);
  });

  it("offers nothing when the assessed column is there, and never for OGRS3 or bands the policy does not read", () => {
    assert.deepEqual(findRoutingOffers(["Offence", "RM2000/s", "RM2000/s band"], policy), []);
    assert.deepEqual(findRoutingOffers(["Offence", "OGRS3 band", "OSP/DC band", "OSP/IIC band"], policy), []);
  });

  it("offers OSP/DC band and OSP/IIC band under hmpps-2017, whose bands its parsers accept", () => {
    const hmpps = getBundledPolicy("hmpps-2017");
    const headers = ["ID", "Offence", "OSP/DC score", "OSP/DC band", "OSP/IIC band"];
    const offers = findRoutingOffers(headers, hmpps);
    assert.deepEqual(
      offers.map((offer) => [offer.field, offer.column]),
      [
        ["osp_dc", 3],
        ["osp_iic", 4],
      ],
    );
    const overrides = Object.fromEntries(offers.map((offer) => [offer.column, offer.field]));
    const parse = createRowParser(mapHeaders(headers, hmpps, overrides), hmpps);
    for (const [dc, iic] of [
      ["Very High", "High"],
      ["Low", "Medium"],
      ["High", "Low"],
    ]) {
      assert.deepEqual(parse(["A1", "Contact", 40, dc, iic]).problems, [], `${dc} / ${iic}`);
    }
  });

  it("adds one reason line per field read from a computed band column, and none otherwise", () => {
    const chosen = mapHeaders(["Offence", "RM2000/s band", "OGRS3 2yr %"], policy, { 1: "rm2000s" });
    assert.deepEqual(describeComputedInputs(chosen, policy), [
      'RM2000/s was computed: read from "RM2000/s band", calculated by SOTP Router\'s RM2000/s calculator from the raw items, not an assessed score',
    ]);
    assert.deepEqual(describeComputedInputs(mapHeaders(["Offence", "RM2000/s", "OGRS3 2yr %"], policy), policy), []);
  });
});
