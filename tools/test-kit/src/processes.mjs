// @ts-check
// Child processes for tests that run servers and commands for real: started in their own process
// group (pnpm starts node, which starts Prism), waited for by their output, and stopped as a group,
// so nothing outlives the test. The one way the repository's tests start a server and wait for it.
import { spawn } from "node:child_process";

/**
 * @typedef {{ code: number | null, signal: NodeJS.Signals | null }} Exit
 * @typedef {{
 *   output: () => string,
 *   waitForOutput: (text: string, timeoutMs?: number) => Promise<void>,
 *   match: RegExpMatchArray,
 *   stop: () => Promise<void>,
 *   interrupt: () => Promise<Exit>,
 * }} RunningProcess
 *   `waitForOutput(text)` resolves once the output contains `text` (a child's log line can arrive
 *   after the HTTP response it wrote: they travel through different pipes). `stop()` ends the
 *   group (SIGTERM, then SIGKILL); `interrupt()` is Ctrl-C in a terminal (SIGINT to the group,
 *   then SIGKILL after `killAfterMs`) and resolves with how it exited.
 */

/**
 * Starts `command args` and resolves when its output matches `ready`; rejects with the output
 * when it exits first or prints no match within `timeoutMs`.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, ready: RegExp, timeoutMs?: number, killAfterMs?: number }} options
 * @returns {Promise<RunningProcess>}
 */
export function startProcess(
  command,
  args,
  { cwd, env, ready, timeoutMs = 120_000, killAfterMs = 5_000 },
) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, NO_COLOR: "1", ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  /** @type {Set<() => void>} */
  const listeners = new Set();
  /** @type {(text: string, waitMs?: number) => Promise<void>} */
  const waitForOutput = (text, waitMs = 10_000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        if (!output.includes(text)) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`No ${JSON.stringify(text)} within ${waitMs} ms. Output:\n${output}`));
      }, waitMs);
      listeners.add(check);
      check();
    });
  /** @type {Promise<Exit>} */
  const exited = new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const running = () => child.exitCode === null && child.signalCode === null;
  /** Sends `signal` to the group, then SIGKILL if it is still there after `killAfterMs`. */
  const end = async (/** @type {NodeJS.Signals} */ signal) => {
    if (running()) signalGroup(child.pid, signal);
    const timer = setTimeout(() => signalGroup(child.pid, "SIGKILL"), killAfterMs);
    const exit = await exited;
    clearTimeout(timer);
    return exit;
  };
  const stop = async () => {
    await end("SIGTERM");
  };
  const interrupt = () => end("SIGINT");

  return new Promise((resolve, reject) => {
    const timer = setTimeout(async () => {
      await stop();
      reject(new Error(`No match for ${ready} within ${timeoutMs} ms. Output:\n${output}`));
    }, timeoutMs);
    /** @param {Buffer | string} chunk */
    const onData = (chunk) => {
      output += chunk;
      for (const listener of listeners) listener();
      const match = output.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve({ output: () => output, waitForOutput, match, stop, interrupt });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`Exited (${code ?? signal}) before ${ready} appeared. Output:\n${output}`));
    });
  });
}

/**
 * Runs a command to completion: `{ code, stdout, stderr }`, never rejecting on a non-zero exit.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, input?: string, timeoutMs?: number }} [options]
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
export function runProcess(command, args, { cwd, env, input, timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NO_COLOR: "1", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

/**
 * Sends `signal` to a process group; a group that is already gone is fine.
 * @param {number | undefined} pid the group's leader (undefined: it never started)
 * @param {NodeJS.Signals} signal
 */
function signalGroup(pid, signal) {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}
