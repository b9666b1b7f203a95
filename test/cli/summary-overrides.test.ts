import assert from "node:assert/strict";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { runCli } from "../support/run-cli";
import { SHARED_EXAMPLES } from "../support/shared-examples";

describe("sotp summary on the shared override examples", () => {
  const run = runCli([
    "summary",
    path.join(SHARED_EXAMPLES, "override-examples.csv"),
    "--as-of",
    "2014-01-01",
    "--format",
    "csv",
  ]);

  it("counts each Overridden row in the Demand of its override programme, none under None or as Deferred", () => {
    assert.equal(run.status, 0, run.stderr);
    const [header, ...rows] = parse(run.stdout) as string[][];
    const column = (name: string) => header.indexOf(name);
    assert.deepEqual(
      rows.map((row) => [row[column("Programme")], row[column("Demand")], row[column("Deferred")]]),
      [
        // OV01, OV04 overridden to LI; OV03, OV06, OV10 to HI (OV10's own result was Deferred) and OV08 Recommended
        ["Low Intensity", "2", "0"],
        ["High Intensity", "4", "0"],
        ["Living as New Me", "1", "0"],
        ["Healthy Sex Programme", "1", "0"],
      ],
    );
  });
});
