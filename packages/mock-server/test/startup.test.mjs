// Start-up failures explain themselves: a Prism that exits or does not answer in time is reported
// with its own output, a taken port with how to pick another, a missing spec file with its path.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MissingBundleError, startMockServer } from "../src/index.js";
import { listenOnLoopback } from "./helpers/listen.mjs";

const dir = mkdtempSync(join(tmpdir(), "vivamo-mock-startup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("startMockServer failures", { timeout: 180_000 }, () => {
  it("reports a Prism that exits, with Prism's output", async () => {
    const broken = join(dir, "broken.yaml");
    writeFileSync(broken, "openapi: 3.1.0\ninfo: [not, an, object]\npaths: 7\n");
    const error = await startMockServer({ spec: broken }).catch((e) => e);
    expect(error.message).toMatch(
      /^Prism exited \(\d+\) before it started listening on http:\/\/127\.0\.0\.1:\d+/,
    );
    expect(error.message).toMatch(/\nPrism's output:\n\S/);
  });

  it("gives up after startupTimeoutMs, with Prism's output so far", async () => {
    const error = await startMockServer({ startupTimeoutMs: 1 }).catch((e) => e);
    expect(error.message).toMatch(
      /^Prism did not answer on http:\/\/127\.0\.0\.1:\d+ within 1 ms \(raise startupTimeoutMs/,
    );
    expect(error.message).toContain("Prism's output:");
  });

  it("says how to pick another port when the port is taken", async () => {
    const blocker = createServer();
    const port = await listenOnLoopback(blocker);
    try {
      await expect(startMockServer({ port })).rejects.toThrow(
        `Port ${port} on 127.0.0.1 is already in use: stop what runs there, or pick another port (--port, VIVAMO_MOCK_PORT or the \`port\` option).`,
      );
    } finally {
      blocker.close();
    }
  });

  it("names a spec file that does not exist", async () => {
    const missing = join(dir, "nope.yaml");
    const error = await startMockServer({ spec: missing }).catch((e) => e);
    expect(error).toBeInstanceOf(MissingBundleError);
    expect(error.message).toContain(missing);
  });
});
