// The project's commands keep third-party noise out of their output: Redocly CLI's Node.js
// end-of-life box (printed on every command under Node 20, with no switch to turn it off) is
// filtered by tools/spec-tools/src/redocly-cli.mjs, which the spec's lint and bundle scripts run. That the spec's
// lint and bundle print their results and no banner is checked on a real `pnpm generate`
// (add-operation.test.mjs); here, that there is a banner to remove.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { scaled } from "@vivamo/test-kit/vitest";

const exec = promisify(execFile);
const repo = fileURLToPath(new URL("../../..", import.meta.url));
const BANNER = /end-of-life|support is ending|╔/;

describe("quiet commands", () => {
  it.runIf(process.versions.node.startsWith("20."))(
    "Redocly itself does print the banner under Node 20 (what the wrapper removes)",
    async () => {
      const cli = join(repo, "spec", "node_modules", "@redocly", "cli", "bin", "cli.js");
      const { stdout, stderr } = await exec(process.execPath, [cli, "--version"], {
        cwd: join(repo, "spec"),
        timeout: scaled(60_000),
        env: { ...process.env, FORCE_COLOR: "0" },
      });
      expect(`${stdout}${stderr}`).toMatch(BANNER);
    },
  );
});
