// On a fresh checkout nothing is built yet: the commands that need the bundled spec say to run
// `pnpm generate` instead of failing deep inside Redocly, Prism or a module resolver.
import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "@vivamo/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scaled } from "../../../vitest.shared.mjs";
import { scratchCopy } from "./scratch-copy.mjs";

const exec = promisify(execFile);

let checkout;
beforeAll(async () => {
  checkout = await scratchCopy("vivamo-fresh-"); // no spec/dist, no dist/ anywhere
});
afterAll(() => rm(checkout, { recursive: true, force: true }));

/** Runs `node <args>` in the checkout; resolves with its exit code and everything it printed. */
async function node(args, env = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, args, {
      cwd: checkout,
      timeout: scaled(60_000),
      env: { ...process.env, ...env },
    });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    return { code: error.code, output: `${error.stdout}${error.stderr}` };
  }
}

describe("a missing bundle", () => {
  it("the docs build says to run pnpm generate", async () => {
    const { code, output } = await node([join("apps", "docs", "scripts", "build.mjs")]);
    expect(code).toBe(1);
    expect(output).toMatch(/spec\/dist\/openapi\.json is missing: run `pnpm generate` first/);
  });

  it("serving the portal and the mock (scripts/serve.mjs) says to run pnpm generate", async () => {
    const { code, output } = await node([join("scripts", "serve.mjs")], {
      VIVAMO_MOCK_PORT: String(await freePort()),
      VIVAMO_DOCS_PORT: String(await freePort()),
    });
    expect(code).toBe(1);
    expect(output).toMatch(/spec\/dist\/openapi\.yaml is missing: run `pnpm generate` first/);
  });
});
