import assert from "node:assert/strict";
import { isPercentFormat } from "../../src/parsing";

describe("the one percent-format reader (CLI, task pane and custom functions)", () => {
  it("recognises percentage formats, with or without colour sections", () => {
    assert.equal(isPercentFormat("0%"), true);
    assert.equal(isPercentFormat("0.0%;[Red]-0.0%"), true);
  });

  it("ignores a % in quoted text, escaped by a backslash or inside [...] sections", () => {
    assert.equal(isPercentFormat('0" %"'), false);
    assert.equal(isPercentFormat("0\\%"), false);
    assert.equal(isPercentFormat("[$%-809]0"), false);
  });

  it("answers no for General, an empty format and anything that is not text", () => {
    assert.equal(isPercentFormat("General"), false);
    assert.equal(isPercentFormat(""), false);
    assert.equal(isPercentFormat(undefined), false);
    assert.equal(isPercentFormat(42), false);
  });
});
