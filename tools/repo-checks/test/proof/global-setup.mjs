// The proofs' one spec edit, made and regenerated once per run for every proof that needs it
// (vitest's global setup of the "proofs" project, vitest.config.mjs):
//   - add-operation.test.mjs checks what `pnpm generate` made of the edit, then builds, tests and
//     serves the result;
//   - dev-pipeline.test.mjs checks that one pass of `pnpm dev` writes the same files, byte for byte.
// Three scratch copies of the repository (test-kit's scratchCopy: the files git knows, the
// installed dependencies linked) get the same edit (./new-operations.mjs), because each command
// writes the generated files of its copy: `pnpm generate` runs on one, `node scripts/dev.mjs --once`
// on the second, side by side, and the third is left as edited for add-operation's `pnpm dev` test.
// A failed command does not fail the setup: the tests report it, with its output.
import { execFile } from "node:child_process";
import { readFile, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { QUIET_TOOL_ENV } from "@vivamo/test-kit/quiet-env";
import { scratchCopy } from "@vivamo/test-kit/scratch-copy";
import { addNewOperations } from "./new-operations.mjs";

const run = promisify(execFile);
export const env = { ...process.env, ...QUIET_TOOL_ENV, NO_COLOR: "1", FORCE_COLOR: "0" };

/** @param {import("vitest/node").TestProject} project */
export default async function setup(project) {
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const [copy, devOnceCopy, devCopy] = await Promise.all(
    ["vivamo-add-operation-", "vivamo-dev-once-", "vivamo-dev-"].map((prefix) =>
      scratchCopy(prefix),
    ),
  );
  const before = await snapshot(copy);
  await Promise.all([copy, devOnceCopy, devCopy].map((dir) => addNewOperations(dir)));

  const [generate, devOnce] = await Promise.all([
    command(copy, "pnpm", ["generate"]),
    command(devOnceCopy, process.execPath, ["scripts/dev.mjs", "--once"]),
  ]);
  console.log(`proofs: pnpm generate and one pass of pnpm dev on the edited copies: ${seconds()}`);
  const after = await snapshot(copy);
  const changedFiles = [...after.keys()].filter((file) => before.get(file) !== after.get(file));

  project.provide("proof", {
    copy,
    devOnceCopy,
    devCopy,
    generate,
    devOnce,
    changedFiles: changedFiles.sort(),
  });
  return () =>
    Promise.all(
      [copy, devOnceCopy, devCopy].map((dir) => rm(dir, { recursive: true, force: true })),
    );
}

/** Runs a command in `cwd`; returns its exit code and output (never throws on a failure). */
export async function command(cwd, file, args) {
  /** @type {{ stdout?: unknown, stderr?: unknown, code?: number }} */
  const result = await run(file, args, { cwd, env, maxBuffer: 64 << 20 }).catch((e) => e);
  let code = 0;
  // A failed command's exit code; 1 when it could not start or was killed by a signal.
  if (result instanceof Error) code = typeof result.code === "number" ? result.code : 1;
  return {
    code,
    stdout: String(result.stdout ?? ""),
    stderr: String(result.stderr ?? ""),
  };
}

/** Path → content of every file of the copy outside node_modules, dist and caches. */
async function snapshot(root) {
  const files = new Map();
  async function walk(dir) {
    for (const entry of await readdir(join(root, dir), { withFileTypes: true })) {
      if (/^(node_modules|dist|\.turbo|test-results|\.git)$/.test(entry.name)) continue;
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) files.set(path, await readFile(join(root, path), "utf8"));
    }
  }
  await walk("");
  return files;
}
