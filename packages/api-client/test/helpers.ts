// Test helpers: an injectable fake `fetch` (no global patching), canned responses, a client factory.
import { bundledSpec } from "@vivamo/spec-tools/bundled";
import { readOperations, type Operation } from "@vivamo/spec-model/operations";
import {
  createVivamoClient,
  type VivamoClient,
  type VivamoClientOptions,
  type VivamoPromise,
} from "../src/index.js";
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

// ---- Every resource method, as the spec describes it ------------------------------------------
/** A resource method of the client, called by name: `customers.get`. */
export type MethodCall = (vivamo: VivamoClient, args: unknown[]) => VivamoPromise<unknown>;

/** Calls `vivamo.<resource>.<method>(...args)`, failing the test when the client lacks it. */
export function callMethod(name: string): MethodCall {
  const [resource = "", method = ""] = name.split(".");
  return (vivamo, args) => {
    const found = (vivamo as unknown as Record<string, Record<string, unknown> | undefined>)[
      resource
    ]?.[method];
    if (typeof found !== "function") throw new Error(`The client has no method ${name}.`);
    return (found as (...values: unknown[]) => VivamoPromise<unknown>)(...args);
  };
}

/**
 * One generated method of the client and the request the spec says it sends, built from the
 * operation's own examples: path parameters in template order, then the body (or its one
 * property, `x-vivamo-sdk-body`), then the query.
 */
export interface SpecCall {
  /** `resource.method` */
  name: string;
  operation: Operation;
  /** The method's arguments, before the request options. */
  args: unknown[];
  /** The expected path after the base URL's /v1, each path parameter one encoded segment. */
  path: string;
  /** The expected query parameters, as strings. */
  query: Record<string, string>;
  /** The expected JSON body, if any. */
  body?: unknown;
}

/** Every operation of the bundled spec as a call of its generated client method. */
export function specCalls(): SpecCall[] {
  return Object.values(specOperations).map((operation) => {
    if (!operation.sdk) throw new Error(`${operation.operationId} has no x-vivamo-sdk-method.`);
    const where = `${operation.operationId}`;
    const args: unknown[] = operation.pathParams.map((parameter) => {
      if (parameter.example === undefined) {
        throw new Error(`${where}: {${parameter.name}} has no example.`);
      }
      return parameter.example;
    });
    const path = operation.path.replace(/\{([^{}]+)\}/g, (_, name: string) =>
      encodeURIComponent(String(operation.pathParams.find((p) => p.name === name)?.example)),
    );
    let body: unknown;
    const requestBody = operation.requestBody;
    if (requestBody) {
      body = requestBody.examples[0]?.value;
      if (body === undefined) throw new Error(`${where}: the request body has no example.`);
      const field = requestBody.field;
      args.push(field === undefined ? body : (body as Record<string, unknown>)[field]);
      if (field !== undefined) body = { [field]: (body as Record<string, unknown>)[field] };
    }
    const query: Record<string, string> = {};
    if (operation.queryParams.length) {
      const values = Object.fromEntries(
        operation.queryParams
          .filter((parameter) => parameter.example !== undefined)
          .map((parameter) => [parameter.name, parameter.example]),
      );
      args.push(values);
      for (const [name, value] of Object.entries(values)) query[name] = String(value);
    }
    const name = `${operation.sdk.resource}.${operation.sdk.method}`;
    return { name, operation, args, path, query, ...(body === undefined ? {} : { body }) };
  });
}
