import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { openPipelinedOutput } from "../../src/cli/output-target";

describe("the pipelined output of a streamed route", () => {
  it("writes every chunk in order, however many are queued before one is awaited", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "sotp-out-")), "sub", "out.csv");
    const target = openPipelinedOutput(file, new PassThrough());
    const chunks = Array.from({ length: 300 }, (_, i) => `${i},é€😀,${"x".repeat(i * 37)}\n`);
    const pending = chunks.map((chunk) => target.write(chunk));
    await Promise.all(pending);
    await target.write("last\n");
    await target.close();
    assert.equal(readFileSync(file, "utf8"), `${chunks.join("")}last\n`);
  });

  it("writes to standard output when there is no -o", async () => {
    const stdout = new PassThrough();
    let seen = "";
    stdout.on("data", (data: Buffer) => (seen += data.toString()));
    const target = openPipelinedOutput(undefined, stdout);
    await target.write("a,b\n");
    await target.close();
    assert.equal(seen, "a,b\n");
  });
});
