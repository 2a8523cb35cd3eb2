// Issue 8 §3: the spec's own tests check what must hold, so an additional optional field or a new
// operation never fails them, while a breaking edit of a documented field still does. They run
// here, unchanged, on scratch bundles (spec/lib/bundled.mjs reads VIVAMO_BUNDLED_SPEC).
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, inject, test } from "vitest";
import { repoRoot } from "./scratch.mjs";

const run = promisify(execFile);
const SPEC_TESTS = ["test/api-surface.test.mjs", "test/list-customers.test.mjs"];
// JSON bundles of global-setup.mjs (edits.mjs, SCRATCH_SPECS): an optional field and an operation
// added; a documented response field renamed.
const scratchBundles = inject("bundles");
const bundles = {
  additive: scratchBundles.additive,
  rename: scratchBundles["rename a response field"],
};

/** Runs the spec's tests on a scratch bundle; resolves with the exit code and the output. */
async function specTestsOn(name) {
  const vitest = join(repoRoot, "spec/node_modules/vitest/vitest.mjs");
  try {
    await run(process.execPath, [vitest, "run", "--reporter=dot", ...SPEC_TESTS], {
      cwd: join(repoRoot, "spec"),
      env: { ...process.env, VIVAMO_BUNDLED_SPEC: bundles[name] },
    });
    return { code: 0, output: "" };
  } catch (error) {
    return { code: error.code, output: `${error.stdout}\n${error.stderr}` };
  }
}

test("an additional optional field and a new operation pass the spec's tests", async () => {
  const result = await specTestsOn("additive");
  expect(result.output).toBe("");
  expect(result.code).toBe(0);
}, 120_000);

test("renaming a documented field still fails them, naming the field", async () => {
  const result = await specTestsOn("rename");
  expect(result.code).toBe(1);
  expect(result.output).toContain("CustomerData.firstName is documented");
}, 120_000);
