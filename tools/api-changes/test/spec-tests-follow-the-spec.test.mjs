// Issue 8 §3: the spec's own tests check what must hold, so an additional optional field or a new
// operation never fails them, while a breaking edit of a documented field still does. They run
// here, unchanged, on scratch bundles (spec/lib/bundled.mjs reads VIVAMO_BUNDLED_SPEC).
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { readSpec } from "@vivamo/spec/read";
import { afterAll, beforeAll, expect, test } from "vitest";
import { addOperation, addOptionalField, renameField } from "./edits.mjs";
import { bundle, copySpec, makeScratchDir, removeScratchDir, repoRoot } from "./scratch.mjs";

const run = promisify(execFile);
const SPEC_TESTS = ["test/api-surface.test.mjs", "test/list-customers.test.mjs"];
let scratch;

beforeAll(() => {
  scratch = makeScratchDir();
});
afterAll(() => removeScratchDir(scratch));

/** Bundles an edited copy as JSON and runs the spec's tests on it; resolves with the exit code. */
async function specTestsOn(name, ...edits) {
  const spec = copySpec(join(scratch, name));
  for (const edit of edits) edit(spec);
  const bundled = join(scratch, `${name}.json`);
  writeFileSync(bundled, JSON.stringify(readSpec(await bundle(spec))));
  const vitest = join(repoRoot, "spec/node_modules/vitest/vitest.mjs");
  try {
    await run(process.execPath, [vitest, "run", "--reporter=dot", ...SPEC_TESTS], {
      cwd: join(repoRoot, "spec"),
      env: { ...process.env, VIVAMO_BUNDLED_SPEC: bundled },
    });
    return { code: 0, output: "" };
  } catch (error) {
    return { code: error.code, output: `${error.stdout}\n${error.stderr}` };
  }
}

test("an additional optional field and a new operation pass the spec's tests", async () => {
  const result = await specTestsOn("additive", addOptionalField, addOperation);
  expect(result.output).toBe("");
  expect(result.code).toBe(0);
}, 180_000);

test("renaming a documented field still fails them, naming the field", async () => {
  const result = await specTestsOn("rename", renameField);
  expect(result.code).toBe(1);
  expect(result.output).toContain("CustomerData.firstName is documented");
}, 180_000);
