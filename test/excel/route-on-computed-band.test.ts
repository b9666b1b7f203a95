import assert from "node:assert/strict";
import { findRoutingOffers } from "../../src/calculators";
import { calculateRiskInExcel, loadMappingOverrides, routeCohortInExcel, routeOnComputedBand } from "../../src/excel";
import { createFakeExcel } from "../support/fake-excel";
import { AS_OF, POLICY } from "./cohort-fixture";

describe("routing on a computed RM2000/s band once the user accepts it", () => {
  it("saves the mapping choice, and every routed row's reasons say the band was computed", async () => {
    const fake = createFakeExcel({ firstSheetName: "Cohort" });
    fake.state.writeCells("Cohort", "A1", [
      [
        "ID",
        "Offence",
        "Age at release",
        "Sexual appearances",
        "Criminal appearances",
        "Male victim",
        "Stranger victim",
        "Single",
        "Non-contact sexual conviction",
      ],
      ["A1", "Contact", 40, 2, 6, "Y", "Y", "N", "N"],
      ["A2", "Contact", 17, 1, 1, "N", "N", "Y", "N"],
    ]);
    await fake.Excel.run((context) => calculateRiskInExcel(context));
    const headers = fake.state.sheet("Cohort").values.get(0) ?? [];
    const [offer] = findRoutingOffers(
      Array.from(headers, (h) => h ?? ""),
      POLICY,
    );
    assert.equal(offer.header, "RM2000/s band");

    await fake.Excel.run((context) => routeOnComputedBand(context, POLICY, offer));
    const overrides = await fake.Excel.run((context) => loadMappingOverrides(context, "Cohort"));
    assert.deepEqual(overrides, { [offer.column]: "rm2000s" });

    const routed = await fake.Excel.run((context) =>
      routeCohortInExcel(context, { policy: POLICY, asOf: AS_OF, overrides }),
    );
    const sheet = fake.state.sheet("Cohort");
    const reasons = (row: number) => String(sheet.getValue(row, routed.plan.columns.Reasons));
    assert.match(reasons(1), /\nRM2000\/s was computed: read from "RM2000\/s band"/);
    assert.equal(sheet.getValue(1, routed.plan.columns["Dosage tier"]), "High", "routed on the computed High");
    assert.equal(
      sheet.getValue(2, routed.plan.columns.Status),
      "Invalid",
      "Not applicable is not a band: never a guess",
    );
    assert.match(reasons(2), /RM2000\/s "Not applicable" is not accepted/);
  });
});
