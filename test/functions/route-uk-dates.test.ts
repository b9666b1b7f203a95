import "../support/custom-functions-shim";
import assert from "node:assert/strict";
import { route } from "../../src/functions/functions";
import { NO_ADDRESSES } from "../support/custom-functions-shim";

const HEADERS = [["ID", "Offence", "RM2000/s", "OGRS3", "Release date"]];

describe("SOTP.ROUTE reads the UK date forms of spec revision 1.0.1", () => {
  it("routes release dates written 31-Mar-2014, 31 March 2014 and 31.03.2014, with an as-of date in words", async () => {
    const rows = ["31-Mar-2014", "31 March 2014", "31.03.2014", "31/03/14"].map((date, i) => [
      `P${i}`,
      "Contact",
      "Medium",
      60,
      date,
    ]);
    const spilled = await route(rows, HEADERS, "status,flags,reasons", "1 January 2014", null, NO_ADDRESSES);
    for (const row of spilled.slice(0, 3)) {
      assert.equal(row[0], "Recommended");
      assert.match(row[1], /INSUFFICIENT_TIME/);
      assert.match(row[2], /T-3: release date 2014-03-31 is before the as-of date plus High Intensity's minimum/);
    }
    assert.equal(spilled[3][0], "Invalid", "two-digit years stay invalid");
  });
});
