// `vivamo-mock` in-process: runCli (src/command.js) is what src/cli.js runs, with the arguments,
// the environment and the printing handed in, so a case costs no Node start-up. Each command keeps
// one real run of the executable in its test file.
import { runCli as repositoryCli } from "../../src/command.js";

/**
 * Runs `vivamo-mock <argv>` in this process: `{ code, stdout, stderr }` as a child process would
 * give them (each printed line ends with a newline).
 * @param {string[]} argv
 * @param {{ env?: Record<string, string>, runCli?: typeof repositoryCli }} [options] Variables over
 *   this process's environment; another copy's runCli (an installed package's) instead of ours.
 */
export async function runCommand(argv, { env, runCli = repositoryCli } = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    env: { ...process.env, ...env },
    out: (line) => (stdout += `${line}\n`),
    err: (line) => (stderr += `${line}\n`),
  });
  return { code, stdout, stderr };
}
