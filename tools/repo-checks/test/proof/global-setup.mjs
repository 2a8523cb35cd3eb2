// The proofs' one spec edit, made and regenerated once per run for every proof that needs it
// (vitest's global setup of the "proofs" project, vitest.config.mjs):
//   - add-operation.test.mjs checks what `pnpm generate` made of the edit, then builds, tests and
//     serves the result;
//   - dev-pipeline.test.mjs checks that one pass of `pnpm dev` writes the same files, byte for byte.
// Three scratch copies of the repository (test-kit's scratchCopy: the files git knows, the
// installed dependencies linked) get the same edit (./new-operations.mjs), because each command
// writes the generated files of its copy: `pnpm generate` runs on one, `node scripts/dev.mjs --once`
// on the second, side by side, and the third is left as edited for add-operation's `pnpm dev` test.
//
// The setup returns as soon as the copies are edited: vitest starts no test of any project before
// every global setup has returned, and the other checks need not wait for the regeneration. It
// runs on in this process and writes its result to a file, which the proofs wait for
// (./proof-result.mjs). A failed command does not fail the setup: the proofs report it, with its
// output.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { QUIET_TOOL_ENV } from "@vivamo/test-kit/quiet-env";
import { scratchCopy } from "@vivamo/test-kit/scratch-copy";
import { addNewOperations } from "./new-operations.mjs";

const run = promisify(execFile);
export const env = { ...process.env, ...QUIET_TOOL_ENV, NO_COLOR: "1", FORCE_COLOR: "0" };

/** @param {import("vitest/node").TestProject} project */
export default async function setup(project) {
  const [copy, devOnceCopy, devCopy, results] = await Promise.all([
    ...["vivamo-add-operation-", "vivamo-dev-once-", "vivamo-dev-"].map((prefix) =>
      scratchCopy(prefix),
    ),
    mkdtemp(join(tmpdir(), "vivamo-proof-result-")),
  ]);
  const before = await snapshot(copy);
  await Promise.all([copy, devOnceCopy, devCopy].map((dir) => addNewOperations(dir)));
  const resultFile = join(results, "result.json");
  const regeneration = regenerate(copy, devOnceCopy, before)
    .catch((error) => ({ error: error instanceof Error ? (error.stack ?? error.message) : error }))
    .then(async (result) => {
      // Written whole, then renamed: a proof never reads half a result.
      await writeFile(`${resultFile}.partial`, JSON.stringify(result));
      await rename(`${resultFile}.partial`, resultFile);
    });

  project.provide("proof", { copy, devOnceCopy, devCopy, resultFile });
  return async () => {
    await regeneration; // not removed under the commands' feet when the run stops early
    await Promise.all(
      [copy, devOnceCopy, devCopy, results].map((dir) => rm(dir, { recursive: true, force: true })),
    );
  };
}

/**
 * `pnpm generate` on the copy and one pass of `pnpm dev` on the other, side by side; what each
 * printed and how it exited, and the files the edit and `pnpm generate` added or changed.
 * @param {string} copy
 * @param {string} devOnceCopy
 * @param {Map<string, string>} before The copy's files before the edit.
 * @returns {Promise<import("./proof-result.mjs").ProofResult>}
 */
async function regenerate(copy, devOnceCopy, before) {
  const started = performance.now();
  const [generate, devOnce] = await Promise.all([
    command(copy, "pnpm", ["generate"]),
    command(devOnceCopy, process.execPath, ["scripts/dev.mjs", "--once"]),
  ]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`proofs: pnpm generate and one pass of pnpm dev on the edited copies: ${seconds} s`);
  const after = await snapshot(copy);
  const changedFiles = [...after.keys()].filter((file) => before.get(file) !== after.get(file));
  return { generate, devOnce, changedFiles: changedFiles.sort() };
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
