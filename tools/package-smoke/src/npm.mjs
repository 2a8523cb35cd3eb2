// The one `npm install` of this package, shared by the toolchains (./toolchains.mjs) and the
// consumer project (./consumer-project.mjs): both install into a scratch directory outside the
// workspace, so they must not touch the workspace's lockfile, scripts or network beyond npm's.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Runs `npm install` in `directory` from the package.json already written there.
 * `what` names the install in the error ("<what> failed:" and npm's stderr).
 *
 * - `--prefer-offline`: pinned versions come from the npm cache; the registry only the first time.
 * - `--ignore-scripts`: bun's and deno's postinstall scripts only copy the platform binary that
 *   npm already installed, and the packed packages need no scripts either.
 * - `--no-bin-links`: four runtime packages would each link a `node`.
 * - `--no-package-lock`: scratch directories, nothing to lock or commit.
 * - `--no-audit --no-fund --loglevel=error`: no extra requests, and only errors in the output.
 */
export async function npmInstall(directory, what) {
  await run(
    "npm",
    [
      "install",
      "--prefer-offline",
      "--ignore-scripts",
      "--no-bin-links",
      "--no-package-lock",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
    ],
    { cwd: directory, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error) => {
    throw new Error(`${what} failed:\n${error.stderr}`);
  });
}
