// Runs the real Prism mock server as a child process and waits, patiently, until it answers.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const prismBin = join(
  dirname(require.resolve("@stoplight/prism-cli/package.json")),
  "dist",
  "index.js",
);

/** Default start-up deadline: Prism takes 2-3 s on an idle machine, far more on a loaded one. */
export const DEFAULT_STARTUP_TIMEOUT_MS = 120_000;

/**
 * Starts `prism mock` and resolves once it answers HTTP on `host:port`.
 * @param {object} options
 * @param {string} options.spec the spec file Prism serves
 * @param {string} options.host
 * @param {number} options.port
 * @param {boolean} options.errors Prism's `--errors`
 * @param {boolean} options.dynamic Prism's `--dynamic`
 * @param {((line: string) => void) | undefined} [options.log] receives Prism's output lines
 * @param {number | undefined} [options.startupTimeoutMs]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startPrism({ spec, host, port, errors, dynamic, log, startupTimeoutMs }) {
  const args = [prismBin, "mock", spec, "--host", host, "--port", String(port)];
  if (errors) args.push("--errors");
  if (dynamic) args.push("--dynamic");

  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  // The last lines Prism printed, to explain a failed start.
  /** @type {string[]} */
  const output = [];
  const onData = (/** @type {Buffer} */ chunk) => {
    for (const line of chunk.toString().split("\n")) {
      if (!line.trim()) continue;
      output.push(line);
      if (output.length > 200) output.shift();
      log?.(line);
    }
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);

  /** @type {Promise<number | NodeJS.Signals | null>} the exit code, else the signal */
  const exited = new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal)),
  );
  /** @type {Promise<void> | undefined} */
  let closing;
  const close = () => {
    closing ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    })();
    return closing;
  };

  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  try {
    await waitUntilAnswering(url, exited, startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS);
  } catch (error) {
    await close();
    const message = /** @type {Error} */ (error).message;
    throw new Error(`${message}\nPrism's output:\n${output.join("\n") || "(nothing)"}`);
  }
  return { url, close };
}

/**
 * Polls until Prism answers any HTTP request (a 4xx counts: the server is up), backing off from
 * 50 ms to 1 s so a loaded machine is not flooded while a fast one is not kept waiting.
 * @param {string} url
 * @param {Promise<unknown>} exited resolves with how Prism exited
 * @param {number} timeoutMs
 */
async function waitUntilAnswering(url, exited, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  /** @type {{ code: unknown } | undefined} */
  let exit;
  void exited.then((code) => (exit = { code }));
  let delay = 50;
  while (Date.now() < deadline) {
    if (exit) throw new Error(`Prism exited (${exit.code}) before it started listening on ${url}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(Math.max(1000, delay * 2)) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(1000, Math.round(delay * 1.5));
    }
  }
  throw new Error(
    `Prism did not answer on ${url} within ${timeoutMs} ms (raise startupTimeoutMs on a slow machine)`,
  );
}
