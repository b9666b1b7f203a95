import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SHARED_EXAMPLES_BESIDE_REPO, VENDORED_SHARED_EXAMPLES } from "../support/shared-examples";

describe("the vendored copy of the shared examples", () => {
  it("holds the same files as ../shared/examples whenever that folder is beside the repository", function () {
    if (!existsSync(SHARED_EXAMPLES_BESIDE_REPO)) this.skip();
    const shared = readdirSync(SHARED_EXAMPLES_BESIDE_REPO)
      .filter((name) => name.endsWith(".csv"))
      .sort();
    assert.deepEqual(readdirSync(VENDORED_SHARED_EXAMPLES).sort(), shared);
    for (const name of shared) {
      const copy = readFileSync(path.join(VENDORED_SHARED_EXAMPLES, name), "utf8");
      assert.equal(
        copy,
        readFileSync(path.join(SHARED_EXAMPLES_BESIDE_REPO, name), "utf8"),
        `${name} differs: copy it again`,
      );
    }
  });
});
