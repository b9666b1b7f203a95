import assert from "node:assert/strict";
import path from "node:path";
import { assertMatchesExample, routeExampleFile } from "../support/engine-examples";
import { SHARED_EXAMPLES } from "../support/shared-examples";

const EXAMPLES_FILE = path.join(SHARED_EXAMPLES, "override-examples.csv");

describe("the shared override examples, through the engine", () => {
  const { expected, results } = routeExampleFile(EXAMPLES_FILE, "foi-86525");

  expected.forEach((want, index) => {
    it(`routes ${want.ID} as ${want.Programme} / ${want.Status} by ${want["Deciding rule"]}`, () => {
      assertMatchesExample(results[index], want, "foi-86525@1.0.0");
    });
  });

  it("quotes the reason and what the policy recommended in the O-1 line, then the policy's own lines", () => {
    const ov01 = results[0];
    assert.equal(
      ov01.reasons[0],
      "O-1: overridden to Low Intensity (the policy recommends High Intensity · Recommended): Case conference: low dynamic risk",
    );
    assert.deepEqual(ov01.reasons.slice(1), ov01.computed?.reasons);
    assert.equal(ov01.computed?.programme, "High Intensity");
    assert.deepEqual(ov01.computed?.flags, ["PILOT_ONLY"]);
  });

  it("says which reason is blank in O-0", () => {
    assert.deepEqual(results[1].reasons, ["O-0: an override needs a reason (Override reason is blank)"]);
  });
});
