// Child processes for CLI tests: started in their own process group (pnpm starts node, which
// starts Prism), waited for by output, and stopped as a group so nothing outlives the test.
import { spawn } from "node:child_process";

/**
 * Starts `command args` and resolves when its output matches `ready`. `waitForOutput(text)` then
 * resolves once the output contains `text`: a child's log line can arrive after the HTTP response
 * it wrote, since the two travel through different pipes.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string>, ready: RegExp, timeoutMs?: number }} options
 * @returns {Promise<{ output: () => string, waitForOutput: (text: string, timeoutMs?: number) => Promise<void>, match: RegExpMatchArray, stop: () => Promise<void> }>}
 */
export function startProcess(command, args, { cwd, env, ready, timeoutMs = 120_000 }) {
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
  /** @type {Promise<number | null>} the exit code (null when a signal ended it) */
  const exited = new Promise((resolve) => child.once("exit", resolve));
  // Set once the child started; a failed spawn has none, and nothing to stop.
  const pid = /** @type {number} */ (child.pid);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-pid, "SIGTERM");
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-pid, "SIGKILL");
        } catch {
          // already gone
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(async () => {
      await stop();
      reject(new Error(`No match for ${ready} within ${timeoutMs} ms. Output:\n${output}`));
    }, timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      for (const listener of listeners) listener();
      const match = output.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve({ output: () => output, waitForOutput, match, stop });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Exited (${code}) before ${ready} appeared. Output:\n${output}`));
    });
  });
}

/**
 * Runs a command to completion: `{ code, stdout, stderr }`, never rejecting on a non-zero exit.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string>, input?: string, timeoutMs?: number }} [options]
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
