// @vivamo/mock-server: test a Vivamo integration offline.
//
//   startMockServer()   the real Prism mock of the bundled spec, behind a small front server that
//                       explains invalid requests and keeps generated list pages consistent
//   triggerWebhook()    a signed webhook delivery built from the spec's examples
//   checkContract()     the live contract check: a real API's answers against the spec
import { createServer } from "node:net";
import { createFrontServer } from "./front.js";
import { findPaginatedOperations } from "./pagination.js";
import { startPrism } from "./prism.js";
import { assertBundled, loadSpec, servedSpecPath } from "./spec.js";

export { bundledSpecPath, MissingBundleError } from "./spec.js";
export {
  listWebhookEvents,
  triggerWebhook,
  signWebhookBody,
  WebhookDeliveryError,
} from "./webhooks.js";
export { checkContract, formatReport } from "./contract.js";

/**
 * Starts the mock and resolves once it answers requests.
 *
 * @param {import("./index.js").StartMockOptions} [options]
 * @returns {Promise<import("./index.js").RunningMock>}
 */
export async function startMockServer(options = {}) {
  const host = options.host ?? "127.0.0.1";
  const spec = options.spec ?? servedSpecPath;
  assertBundled(spec);
  const dynamic = options.dynamic ?? false;

  // The spec-derived behaviour of the front server needs the parsed document; a custom spec file
  // is served by Prism as is.
  const paginated = options.spec === undefined ? await paginatedOperations() : [];

  // The front server claims its port first: a taken port fails at once, before Prism's start-up.
  const prismPort = await freePort("127.0.0.1");
  const front = createFrontServer({
    upstream: new URL(`http://127.0.0.1:${prismPort}`),
    dynamic,
    paginated,
  });
  await listen(front, options.port ?? 0, host);
  let prism;
  try {
    prism = await startPrism({
      spec,
      host: "127.0.0.1",
      port: prismPort,
      errors: options.errors ?? false,
      dynamic,
      log: options.log,
      startupTimeoutMs: options.startupTimeoutMs,
    });
  } catch (error) {
    await new Promise((resolve) => front.close(resolve));
    throw error;
  }
  const { port } = front.address();
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;

  let closing;
  const close = () => {
    closing ??= Promise.all([
      new Promise((resolve) => {
        front.close(() => resolve());
        front.closeAllConnections();
      }),
      prism.close(),
    ]).then(() => undefined);
    return closing;
  };
  return { url, port, close };
}

/** The name the repository's own tests and scripts have used; same function. */
export const startMock = startMockServer;

async function paginatedOperations() {
  return findPaginatedOperations((await loadSpec()).operations);
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      if (error.code === "EADDRINUSE") {
        reject(
          new Error(
            `Port ${port} on ${host} is already in use: stop what runs there, or pick another ` +
              "port (--port, VIVAMO_MOCK_PORT or the `port` option).",
          ),
        );
      } else reject(error);
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
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
