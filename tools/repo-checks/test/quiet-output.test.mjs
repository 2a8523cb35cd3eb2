// The project's commands keep third-party noise out of their output: Redocly CLI's Node.js
// end-of-life box (printed on every command under Node 20, with no switch to turn it off) is
// filtered by scripts/redocly.mjs, which the spec's lint and bundle scripts run.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { scaled } from "../../../vitest.shared.mjs";

const exec = promisify(execFile);
const repo = fileURLToPath(new URL("../../..", import.meta.url));
const spec = join(repo, "spec");
const BANNER = /end-of-life|support is ending|╔/;

/** Runs a command in spec/ and resolves with everything it printed. */
async function output(args) {
  const { stdout, stderr } = await exec(process.execPath, args, {
    cwd: spec,
    timeout: scaled(60_000),
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  return `${stdout}${stderr}`;
}

describe("quiet commands", () => {
  it("the spec's lint (through scripts/redocly.mjs) prints its result and no Node banner", async () => {
    const text = await output([
      join(repo, "scripts", "redocly.mjs"),
      "lint",
      "--config",
      "../redocly.yaml",
      "--format=stylish",
    ]);
    expect(text).toContain("Your API description is valid");
    expect(text).not.toMatch(BANNER);
  });

  it.runIf(process.versions.node.startsWith("20."))(
    "Redocly itself does print the banner under Node 20 (what the wrapper removes)",
    async () => {
      const cli = join(repo, "spec", "node_modules", "@redocly", "cli", "bin", "cli.js");
      expect(await output([cli, "--version"])).toMatch(BANNER);
    },
  );
});
