#!/usr/bin/env node
// The main command's last step: serve what the build produced, on loopback, until Ctrl-C.
//
//   docs portal  apps/docs/dist through a small static server   VIVAMO_DOCS_PORT (default 8080)
//   mock API     the Prism mock of the bundled spec              VIVAMO_MOCK_PORT (default 4010)
//
// Ctrl-C or SIGTERM stops both; the Prism child process is killed and waited for.
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
// Relative imports, not workspace packages: a root dependency on them would put the spec in
// every task's hash (turbo hashes the root workspace's internal dependencies globally).
import { bundledSpecPath, startMock } from "../packages/mock-server/src/index.js";
import { startStaticServer } from "../apps/docs/src/static-server.mjs";
import { scaled } from "../tools/test-kit/src/timeouts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const host = "127.0.0.1";
const docsPort = port("VIVAMO_DOCS_PORT", 8080);
const mockPort = port("VIVAMO_MOCK_PORT", 4010);

/** @type {(() => Promise<void>)[]} */
const closers = [];
let stopping = false;

/** @type {import("../apps/docs/src/static-server.mjs").StaticServer | undefined} */
let docsServer;

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const sent = docsServer?.stats();
  if (sent?.responses) {
    console.log(`Docs portal: ${sent.responses} files, ${sent.bytesSent} bytes sent.`);
  }
  await Promise.allSettled(closers.reverse().map((close) => close()));
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.once(signal, () => {
    console.log(`\n${signal}: stopping the docs portal and the mock API...`);
    void stop(0);
  });
}

try {
  // What `npm start` builds first; run on its own, say what to build rather than fail in Prism.
  if (!existsSync(bundledSpecPath)) {
    throw new Error(
      `The bundled spec ${bundledSpecPath} is missing: run \`pnpm generate\` first (or \`npm start\`, which builds everything).`,
    );
  }
  const docs = await startStaticServer({
    root: join(root, "apps", "docs", "dist"),
    port: docsPort,
    host,
  });
  docsServer = docs;
  closers.push(docs.close);

  // Prism would report a taken port only as an early exit, and could even mistake whatever answers
  // on that port for itself: check first, with a clear message.
  await ensureFree(mockPort, "VIVAMO_MOCK_PORT");
  // Prism's start-up wait grows with the machine's load; a Prism that fails prints its output.
  const starting = startMock({ port: mockPort, host, startupTimeoutMs: scaled(120_000) });
  // Registered before Prism is up, so that a Ctrl-C during its start-up still stops it.
  closers.push(async () => (await starting.catch(() => undefined))?.close());
  const mock = await starting;

  console.log(`
  Vivamo docs portal:        ${docs.url}
  Vivamo mock API (Prism):   ${mock.url}   (any bearer token is accepted)

  Try: curl -H "Authorization: Bearer sk_test_mock" ${mock.url}/customers
  Press Ctrl-C to stop.
`);
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : error}`);
  await stop(1);
}

/**
 * @param {string} name
 * @param {number} fallback
 */
function port(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`${name} must be a port number (1-65535), got "${raw}".`);
    process.exit(1);
  }
  return value;
}

/**
 * @param {number} portNumber
 * @param {string} variable
 */
function ensureFree(portNumber, variable) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (/** @type {NodeJS.ErrnoException} */ error) => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(
              `Port ${portNumber} on ${host} is already in use: stop what is running there, or pick another port (${variable}=...).`,
            )
          : error,
      );
    });
    probe.listen(portNumber, host, () => probe.close(() => resolve(undefined)));
  });
}
