// @vivamo/mock-server: test a Vivamo integration offline.
//
//   startMockServer()   the real Prism mock of the bundled spec, behind a small front server that
//                       explains invalid requests and keeps generated list pages consistent;
//                       with `stateful: true`, a store answers what Prism accepted (src/stateful/)
//   triggerWebhook()    a signed webhook delivery built from the spec's examples
//   checkContract()     the live contract check: a real API's answers against the spec
import { createServer } from "node:net";
import { createFrontServer } from "./front.js";
import { findPaginatedOperations } from "./pagination.js";
import { startPrism } from "./prism.js";
import { assertBundled, loadSpec, servedSpecPath } from "./spec.js";
import { assertControlsFree } from "./stateful/controls.js";
import { createStatefulMock } from "./stateful/router.js";

export { bundledSpecPath, MissingBundleError } from "./spec.js";
export {
  listWebhookEvents,
  triggerWebhook,
  signWebhookBody,
  WebhookDeliveryError,
} from "./webhooks.js";
export { checkContract, formatReport } from "./contract.js";
export { connectMock } from "./stateful/controls.js";

/**
 * Starts the mock and resolves once it answers requests.
 *
 * @param {import("./index.js").StartMockOptions} [options]
 * @returns {Promise<import("./index.js").RunningMock | import("./index.js").RunningStatefulMock>}
 *   the controls too when `stateful` (src/index.d.ts says so with an overload)
 */
export async function startMockServer(options = {}) {
  const host = options.host ?? "127.0.0.1";
  const spec = options.spec ?? servedSpecPath;
  assertBundled(spec);
  const dynamic = options.dynamic ?? false;

  // The spec-derived behaviour of the front server needs the parsed document; a custom spec file
  // is served by Prism as is.
  const paginated = options.spec === undefined ? await paginatedOperations() : [];
  if (options.seed !== undefined && !options.stateful) {
    throw new TypeError("A seed is for the stateful mode: pass `stateful: true` with `seed`.");
  }
  const stateful = options.stateful ? await statefulMock(options.spec, options.seed) : undefined;

  // The front server claims its port first: a taken port fails at once, before Prism's start-up.
  const prismPort = await freePort("127.0.0.1");
  const front = createFrontServer({
    upstream: new URL(`http://127.0.0.1:${prismPort}`),
    dynamic,
    paginated,
    stateful,
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
  const { port } = /** @type {import("node:net").AddressInfo} */ (front.address()); // TCP, listening
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;

  /** @type {Promise<void> | undefined} */
  let closing;
  const close = () => {
    closing ??= Promise.all([
      /** @type {Promise<void>} */ (
        new Promise((resolve) => {
          front.close(() => resolve());
          front.closeAllConnections();
        })
      ),
      prism.close(),
    ]).then(() => undefined);
    return closing;
  };
  if (!stateful) return { url, port, close };
  return {
    url,
    port,
    close,
    reset: async () => stateful.reset(),
    settlePaymentIntent: (id, outcome) => stateful.settlePaymentIntent(id, outcome),
    completeKycVerification: (id, outcome) => stateful.completeKycVerification(id, outcome),
  };
}

/** The store of the stateful mode, for the bundled spec (its behaviour is the spec's). */
async function statefulMock(
  /** @type {string | undefined} */ customSpec,
  /** @type {unknown} */ seed,
) {
  if (customSpec !== undefined) {
    throw new TypeError(
      "The stateful mode serves the bundled Vivamo spec only: leave out `spec`, or `stateful`.",
    );
  }
  const { spec, operations } = await loadSpec();
  assertControlsFree(operations);
  return createStatefulMock({ spec, operations, seed });
}

/** The name the repository's own tests and scripts have used; same function. */
export const startMock = startMockServer;

async function paginatedOperations() {
  return findPaginatedOperations((await loadSpec()).operations);
}

/**
 * @param {import("node:net").Server} server
 * @param {number} port
 * @param {string} host
 * @returns {Promise<void>}
 */
function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (/** @type {NodeJS.ErrnoException} */ error) => {
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

/**
 * Asks the OS for a free TCP port on `host`.
 * @returns {Promise<number>}
 */
export function freePort(host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, host, () => {
      const { port } = /** @type {import("node:net").AddressInfo} */ (server.address()); // TCP, listening
      server.close(() => resolve(port));
    });
  });
}
