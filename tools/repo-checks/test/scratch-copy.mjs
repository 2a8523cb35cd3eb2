// A scratch copy of the repository for tests that run real commands (turbo, pnpm) and must never
// touch the working tree, which other tasks are reading while the tests run.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const exec = promisify(execFile);
export const repo = fileURLToPath(new URL("../../..", import.meta.url));

/**
 * Copies the files git knows about (tracked, and new files not ignored) to a temporary directory,
 * and links the installed node_modules of the root and of every workspace package into it, so
 * that pnpm and turbo run there as in the repository. Build outputs are not copied.
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
    if (existsSync(join(repo, dir, "node_modules")))
      await symlink(join(repo, dir, "node_modules"), join(copy, dir, "node_modules"), "dir");
  }
  return copy;
}
