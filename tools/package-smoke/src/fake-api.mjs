// A small loopback stand-in for the Vivamo API, for the runtime smoke tests. Prism would do for
// the happy paths, but it starts slowly on a busy machine and cannot hang on purpose; this server
// starts in milliseconds, answers with the spec's own example records, and has the few behaviours
// the smoke test needs: paging, a 404, an endpoint that never answers, and a check that several
// list pages really are requested at once.
import { createServer } from "node:http";
import { bundledSpec } from "@vivamo/spec-tools/bundled";

const { Customer: customerExample } = bundledSpec.components.examples;

/** How many customers the fake holds: five pages of 5, the last one short. */
export const CUSTOMER_COUNT = 23;

/** The customers, in list order: the spec's example customer with a different id and email each. */
export const customers = Array.from({ length: CUSTOMER_COUNT }, (_, index) => {
  const n = String(index + 1).padStart(2, "0");
  const example = customerExample.value;
  return {
    ...example,
    externalCustomerId: `customer-${n}`,
    data: { ...example.data, email: `customer-${n}@example.com` },
  };
});

/** An id the fake answers 404 for, and one it never answers for (to make the client time out). */
export const MISSING_ID = "no-such-customer";
export const HANGING_ID = "never-answers";
/** An id the fake answers 503 for at the first request of each key, then like any customer. */
export const FLAKY_ID = "flaky-once";

/**
 * Starts the fake on 127.0.0.1 with a random port. Every request must carry `Bearer <a key>`.
 *
 * Per key, a request for list page 1 starts an iteration (as `listAll` does); the server then
 * counts how many requests for later pages are in flight at once (`maxParallelPages(key)`). The
 * first two of them are held until both have arrived (or `holdMs` passed), so that a client that
 * fetches one page at a time shows 1 there, whatever the machine's speed, instead of racing.
 */
export async function startFakeApi({ holdMs = 5_000 } = {}) {
  const keys = new Map();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const key = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
    if (!key) return sendJson(response, 401, { message: "Missing bearer token" });
    const state = keys.get(key) ?? {
      iterating: false,
      inFlight: 0,
      max: 0,
      held: [],
      holdTimer: undefined,
    };
    keys.set(key, state);
    state.userAgent = request.headers["user-agent"];

    if (request.method === "GET" && url.pathname === "/customers") {
      return listCustomers(url, state, response, holdMs);
    }
    const match = /^\/customers\/([^/]+)$/.exec(url.pathname);
    if (request.method === "GET" && match) {
      const id = decodeURIComponent(match[1]);
      if (id === HANGING_ID) return; // never answers: the client's timeout must fire
      if (id === FLAKY_ID) {
        if (!state.flaked) {
          state.flaked = true;
          return sendJson(response, 503, { message: "Try again" }, { "retry-after": "0" });
        }
        const flaky = { ...customers[0], externalCustomerId: FLAKY_ID };
        return sendJson(response, 200, flaky, { "x-request-id": "req_smoke_retried" });
      }
      const customer = customers.find((c) => c.externalCustomerId === id);
      if (customer) return sendJson(response, 200, customer, { "x-request-id": "req_smoke_get" });
      return sendJson(
        response,
        404,
        { message: "Customer not found" },
        { "x-request-id": "req_smoke_404" },
      );
    }
    sendJson(response, 404, { message: `No route for ${request.method} ${url.pathname}` });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(undefined));
  });
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    maxParallelPages: (key) => keys.get(key)?.max ?? 0,
    /** The User-Agent of the last request made with `key`. */
    userAgent: (key) => keys.get(key)?.userAgent,
    close() {
      server.closeAllConnections(); // the hanging requests
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

function listCustomers(url, state, response, holdMs) {
  const page = positiveInt(url.searchParams.get("page") ?? "1");
  const size = positiveInt(url.searchParams.get("size") ?? "10");
  if (page === undefined || size === undefined) {
    return sendJson(response, 400, {
      message: "Validation failed",
      errors: [{ isInt: "page and size must be integers >= 1" }],
    });
  }
  const body = {
    customers: customers.slice((page - 1) * size, page * size),
    total: customers.length,
    page,
    limit: size,
    totalPages: Math.ceil(customers.length / size),
  };
  // A request for page 1 starts an iteration: later pages then count as that iteration's.
  if (page === 1) {
    state.iterating = true;
    return sendJson(response, 200, body);
  }
  if (!state.iterating) return sendJson(response, 200, body);

  state.inFlight += 1;
  state.max = Math.max(state.max, state.inFlight);
  const answer = () => {
    state.inFlight -= 1;
    sendJson(response, 200, body);
  };
  if (state.held === null) return answer();
  // Hold the first two later pages until both are here (or `holdMs` passed), then answer them.
  state.held.push(answer);
  state.holdTimer ??= setTimeout(() => release(state), holdMs);
  if (state.held.length >= 2) release(state);
}

function release(state) {
  clearTimeout(state.holdTimer);
  const held = state.held ?? [];
  state.held = null;
  for (const answer of held) answer();
}

function positiveInt(text) {
  const value = Number(text);
  return /^\d+$/.test(text) && Number.isSafeInteger(value) && value >= 1 ? value : undefined;
}

function sendJson(response, status, body, headers = {}) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}
