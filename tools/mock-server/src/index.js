// Starts the real Prism mock server from the bundled spec on a free loopback port.
//
// Used by the client's contract tests (vitest global setup), the docs' sample tests and the main
// command. Prism runs as a child process: that is the same binary integrators run, not an
// in-process imitation.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const specDir = dirname(require.resolve("@vivamo/spec/package.json"));

/** The bundled spec Prism serves; run the spec's `bundle` task first. */
export const bundledSpecPath = join(specDir, "dist", "openapi.yaml");

const prismBin = join(
  dirname(require.resolve("@stoplight/prism-cli/package.json")),
  "dist",
  "index.js",
);

/**
 * Starts Prism and resolves once it accepts requests.
 *
 * @param {object} [options]
 * @param {number} [options.port] A fixed port; default: a free one picked by the OS.
 * @param {string} [options.host] Default 127.0.0.1.
 * @param {boolean} [options.errors] Prism's `--errors`: a request or response that violates the
 *   spec becomes an error response instead of a warning header. Tests always want this.
 * @param {boolean} [options.dynamic] Generate responses from the schemas instead of the examples.
 * @param {string} [options.spec] Another bundled spec to serve.
 * @param {(line: string) => void} [options.log] Receives Prism's log lines (default: dropped).
 * @param {number} [options.startupTimeoutMs] Default 30 000.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startMock(options = {}) {
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? (await freePort(host));
  const args = [
    prismBin,
    "mock",
    options.spec ?? bundledSpecPath,
    "--host",
    host,
    "--port",
    String(port),
  ];
  if (options.errors) args.push("--errors");
  if (options.dynamic) args.push("--dynamic");

  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  const output = [];
  const onData = (chunk) => {
    for (const line of chunk.toString().split("\n")) {
      if (!line.trim()) continue;
      output.push(line);
      if (output.length > 200) output.shift();
      options.log?.(line);
    }
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);

  const url = `http://${host}:${port}`;
  const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
  };

  try {
    await waitUntilListening(url, exited, options.startupTimeoutMs ?? 30_000);
  } catch (error) {
    await close();
    throw new Error(`${error.message}\nPrism output:\n${output.join("\n")}`);
  }
  return { url, port, close };
}

/** Polls until Prism answers any HTTP request (a 4xx counts: it means the server is up). */
async function waitUntilListening(url, exited, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let exitCode;
  exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined)
      throw new Error(`Prism exited with code ${exitCode} before listening`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`Prism did not start listening on ${url} within ${timeoutMs} ms`);
}

/** Asks the OS for a free TCP port on `host`. */
export function freePort(host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
