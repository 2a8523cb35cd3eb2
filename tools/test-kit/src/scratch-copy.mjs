// A scratch copy of the repository for tests that run real commands (turbo, pnpm) and must never
// touch the working tree, which other tasks are reading while the tests run.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readlink, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const exec = promisify(execFile);
export const repo = fileURLToPath(new URL("../../..", import.meta.url));

/**
 * Copies the files git knows about (tracked, and new files not ignored) to a temporary directory,
 * and links the installed dependencies of the root and of every workspace package into it, so
 * that pnpm and turbo run there as in the repository. The workspace packages' links point at the
 * copy's own packages (never at the repository's), and build outputs are not copied: the copy is
 * a fresh checkout.
 * @param {string} prefix The temporary directory's name prefix.
 * @returns {Promise<string>} The copy's path; the caller removes it.
 */
export async function scratchCopy(prefix) {
  const copy = await mkdtemp(join(tmpdir(), prefix));
  const { stdout } = await exec(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    { cwd: repo, maxBuffer: 64 << 20 },
  );
  const files = stdout.split("\0").filter(Boolean);
  for (const file of files) {
    await cp(join(repo, file), join(copy, file)).catch((error) => {
      if (error.code !== "ENOENT") throw error; // a tracked file deleted in the working tree
    });
  }
  const packageDirs = new Set(files.filter((f) => /(^|\/)package\.json$/.test(f)).map(dirname));
  for (const dir of packageDirs) {
    const installed = join(repo, dir, "node_modules");
    if (existsSync(installed)) {
      await linkDependencies(installed, join(copy, dir, "node_modules"), copy);
    }
  }
  return copy;
}

/**
 * Fills `target` with links to the entries of an installed node_modules: links to the same
 * entries, except pnpm's links to workspace packages, which point at the copy's package.
 * @param {string} installed
 * @param {string} target
 * @param {string} copy
 */
async function linkDependencies(installed, target, copy) {
  await mkdir(target, { recursive: true });
  for (const entry of await readdir(installed, { withFileTypes: true })) {
    const from = join(installed, entry.name);
    const to = join(target, entry.name);
    if (entry.name.startsWith("@") && entry.isDirectory()) {
      await linkDependencies(from, to, copy); // a scope: link its packages one by one
      continue;
    }
    let real = from;
    if (entry.isSymbolicLink()) real = resolve(dirname(from), await readlink(from));
    const inside = relative(repo, real);
    const workspacePackage =
      !inside.startsWith("..") && !inside.split(sep).includes("node_modules");
    await symlink(workspacePackage ? join(copy, inside) : from, to);
  }
}
