// Consumers' type checks of the PACKED packages: every TypeScript version of the matrix
// type-checks the consumer sources under every module setting (nodenext ESM + CJS, bundler) with
// TypeScript 7's `tsc --init` defaults, and 7.0 checks the packed declarations too. One `tsc -b`
// per version covers all its settings; the versions run side by side.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { scaled } from "@vivamo/test-kit/vitest";
import { settingsFor, typescriptVersions } from "../src/matrix.mjs";

const run = promisify(execFile);
const project = inject("consumerProject");
const compilers = inject("tsc");

/** Runs one TypeScript version's `tsc` in the consumer project; never throws for exit codes. */
async function tsc(alias, args) {
  const result = await run(process.execPath, [compilers[alias], ...args], { cwd: project }).catch(
    (error) => error,
  );
  return { code: result.code ?? 0, output: `${result.stdout}${result.stderr}`.trim() };
}

describe.concurrent("packed packages type-check in a consumer project", () => {
  for (const [alias, version] of Object.entries(typescriptVersions)) {
    const settings = settingsFor(alias);
    it(`TypeScript ${version}: ${settings.join(", ")}`, { timeout: scaled(180_000) }, async () => {
      expect(await tsc(alias, ["--version"])).toEqual({ code: 0, output: `Version ${version}` });
      // --force: with noEmit, `tsc -b` still records a finished build and would skip the next.
      const projects = settings.map((setting) => `types/${alias}/${setting}`);
      const { code, output } = await tsc(alias, ["-b", "--force", ...projects]);
      expect(output).toBe("");
      expect(code).toBe(0);
    });
  }

  it("fails on a consumer that assigns a wrong value (the check can fail)", async () => {
    const { code, output } = await tsc("typescript-7.0", ["-p", "types/wrong-value"]);
    expect(output).toMatch(/consumer\.mts.*error TS2322: Type '"approved"' is not assignable/);
    expect(code).not.toBe(0);
  });
});
