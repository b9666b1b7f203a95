import path from "node:path";
import { assertMatchesExample, routeExampleFile } from "../support/engine-examples";
import { SHARED_EXAMPLES } from "../support/shared-examples";

const EXAMPLES = [
  { file: "cohort-examples.csv", policyId: "foi-86525" },
  { file: "hmpps-2017-examples.csv", policyId: "hmpps-2017" },
];

for (const { file, policyId } of EXAMPLES) {
  describe(`the shared routing examples of ${policyId}, through the engine`, () => {
    const { expected, results } = routeExampleFile(path.join(SHARED_EXAMPLES, file), policyId);

    expected.forEach((want, index) => {
      it(`routes ${want.ID} as ${want.Programme} / ${want.Status} by ${want["Deciding rule"]}`, () => {
        assertMatchesExample(results[index], want, `${policyId}@1.0.0`);
      });
    });
  });
}
