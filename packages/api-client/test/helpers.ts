// Test helpers: an injectable fake `fetch` (no global patching), canned responses, a client factory.
import { bundledSpec } from "@vivamo/spec-tools/bundled";
import { readOperations, type Operation } from "@vivamo/spec-model/operations";
import { createVivamoClient, type VivamoClientOptions } from "../src/index.js";
import type { Customer, CustomerList } from "@vivamo/api-types";

export const KEY = "sk_test_S3cr3tK3y_0123456789";

export type Handler = (
  request: Request,
  call: number,
  signal: AbortSignal | undefined,
) => Response | Promise<Response>;

/**
 * A fake fetch that answers with `handler` and records every request. Like a real fetch, it
 * rejects with the signal's reason when `init.signal` aborts, also while `handler` is pending.
 */
export function fakeFetch(handler: Handler) {
  const requests: Request[] = [];
  const fetch = (request: Request, init?: { signal?: AbortSignal }) => {
    const call = requests.push(request);
    const signal = init?.signal;
    return new Promise<Response>((resolve, reject) => {
      // Like fetch, reject with the signal's reason, whatever it is.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      if (signal?.aborted) return reject(signal.reason);
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      signal?.addEventListener("abort", () => reject(signal.reason));
      Promise.resolve()
        .then(() => handler(request, call, signal))
        .then(resolve, reject);
    });
  };
  return Object.assign(fetch, { requests });
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });

/** A client with the test key, a fake fetch and 1 ms backoff; override anything. */
export const makeClient = (
  fetch: VivamoClientOptions["fetch"],
  options: VivamoClientOptions = {},
) => createVivamoClient({ apiKey: KEY, fetch, retryDelayMs: 1, ...options });

export const customer = (id: string): Customer => ({
  externalCustomerId: id,
  data: { email: `${id}@example.com` },
  kycVerifications: [],
  createdAt: "2025-06-05T04:57:11.151Z",
});

/** Page `page` of `ids`, `size` per page, as the API returns it. */
export const pageOf = (ids: string[], page: number, size: number): CustomerList => ({
  customers: ids.slice((page - 1) * size, page * size).map(customer),
  total: ids.length,
  page,
  limit: size,
  totalPages: Math.ceil(ids.length / size),
});

export const ids = (n: number, prefix = "c") =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

export const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

/** Resolves after `ms`. */
export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- The spec's own examples, as fixtures for the resource tests ----------------------------
/** The bundled spec's operations by operationId, as the spec's operation reader sees them. */
export const specOperations: Record<string, Operation> = Object.fromEntries(
  readOperations(bundledSpec).map((operation) => [operation.operationId, operation]),
);
/** The operation `operationId`, or an error naming it when the spec has none. */
const operation = (operationId: string): Operation => {
  const found = specOperations[operationId];
  if (!found) throw new Error(`The bundled spec has no operation ${operationId}.`);
  return found;
};
/** The first documented example of an operation's success response body. */
export const exampleResponse = (operationId: string): any =>
  operation(operationId).response?.examples[0]?.value;
/** The first documented example of an operation's request body. */
export const exampleBody = (operationId: string): any =>
  operation(operationId).requestBody?.examples[0]?.value;
