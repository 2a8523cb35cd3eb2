import openapiFetch from "openapi-fetch";
import type {
  Client,
  ClientPathsWithMethod,
  HeadersOptions,
  MaybeOptionalInit,
  MethodResponse,
} from "openapi-fetch";
import type { Customer, CustomerList, ListCustomersQuery, paths } from "@vivamo/api-types";
import { apiError, VivamoConnectionError, VivamoError, VivamoTimeoutError } from "./errors.js";
import {
  fail,
  checkBaseUrl,
  checkInt,
  follow,
  neverSent,
  pathSerializer,
  querySerializer,
  retryableStatus,
  retryDelay,
} from "./core.js";
import { paginate } from "./paginate.js";

/** `production` is https://api.vivamo.co/v1, `sandbox` is https://api.test.vivamo.co/v1. */
export type VivamoEnvironment = "production" | "sandbox";

export interface VivamoClientOptions {
  /** Your secret API key. Default: `process.env.VIVAMO_API_KEY`. Sent as `Authorization: Bearer …`. */
  apiKey?: string;
  /** Default `"production"`. */
  environment?: VivamoEnvironment;
  /** Overrides `environment`, e.g. `http://127.0.0.1:4010` for the local mock. https:// only, except loopback. */
  baseUrl?: string;
  /** Per attempt, including reading the body. Default 60 000. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 2; 0 disables retries. */
  maxRetries?: number;
  /** Delay before the first retry, doubled for each next one up to 16x (8 s). Default 500. */
  retryDelayMs?: number;
  /**
   * A `fetch` implementation, called as `fetch(request, { signal })`; it must honour `signal`
   * (timeouts and aborts), as `globalThis.fetch`, undici and node-fetch do. Default `globalThis.fetch`.
   */
  fetch?: (input: Request, init: { signal: AbortSignal }) => Promise<Response>;
}

/** Per-request options, accepted by every resource method and by the raw `GET`/`POST`/... calls. */
export interface RequestOptions {
  /** Aborting it rejects with the signal's reason (an `AbortError` by default); never retried. */
  signal?: AbortSignal | null;
  /** Overrides the client's `timeoutMs` for this request. */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries` for this request. */
  maxRetries?: number;
  /** Extra request headers. */
  headers?: HeadersOptions;
}

export interface ListAllOptions extends RequestOptions {
  /** Customers per page (the API's `size`; default 10). */
  size?: number;
  /** Pages fetched at the same time, and the most pages buffered ahead of the consumer. Default 1. */
  concurrency?: number;
}

export interface CustomersResource {
  /** One page of customers. Throws a `VivamoApiError` subclass on a non-2xx response. */
  list(query?: ListCustomersQuery, options?: RequestOptions): Promise<CustomerList>;
  /** Every page, in order; see `listAll` for the rules. */
  pages(options?: ListAllOptions): AsyncGenerator<CustomerList, void, undefined>;
  /**
   * Every customer, in page order. Page 1's `totalPages` fixes the number of pages; a short or
   * empty page ends the iteration; a customer already yielded by the previous page (shifted by
   * an insert) is not yielded again. Breaking out aborts the requests in flight.
   */
  listAll(options?: ListAllOptions): AsyncGenerator<Customer, void, undefined>;
}

/** The typed openapi-fetch client (`GET`, `POST`, ..., `use`, `eject`) plus the resources. */
export interface VivamoClient extends Client<paths> {
  customers: CustomersResource;
}

type RequestInitWithOptions = RequestOptions & {
  fetch?: VivamoClientOptions["fetch"];
  /** Retry this request on a response or timeout. Default: true for GET, HEAD, OPTIONS, PUT, DELETE. */
  idempotent?: boolean;
  parseAs?: string;
  baseUrl?: string;
  [key: string]: unknown;
};
type RawResult = { data?: unknown; error?: unknown; response: Response };
type Thrown = { message?: string; code?: string; cause?: Thrown } | undefined;

/**
 * The generic, throwing call the resources are built on: returns the typed success body, throws
 * a `VivamoApiError` subclass on a non-2xx response. Adding an endpoint is one line, e.g.
 * `get: (id, o) => request("get", "/customers/{externalCustomerId}", { ...o, params: { path: { externalCustomerId: id } } })`.
 */
export type VivamoRequest = <
  M extends "get" | "put" | "post" | "delete" | "patch",
  P extends ClientPathsWithMethod<Client<paths>, M>,
>(
  method: M,
  path: P,
  init: MaybeOptionalInit<paths[P], M> & RequestOptions & { idempotent?: boolean },
) => Promise<MethodResponse<Client<paths>, M, P>>;

/** Creates a Vivamo API client. Throws a `VivamoError` for a missing key or invalid options. */
export function createVivamoClient(options: VivamoClientOptions = {}): VivamoClient {
  const {
    apiKey = typeof process != "undefined" ? process.env?.VIVAMO_API_KEY : undefined,
    environment = "production",
    baseUrl = { production: "https://api.vivamo.co/v1", sandbox: "https://api.test.vivamo.co/v1" }[
      environment
    ],
    timeoutMs = 60_000,
    maxRetries = 2,
    retryDelayMs = 500,
  } = options;
  // Printable ASCII without quotes or backslashes: the key then never shows up escaped in an error.
  if (!/^[!#-[\]-~]+$/.test(apiKey ?? ""))
    fail(
      "Missing or invalid API key: pass createVivamoClient({ apiKey }) or set VIVAMO_API_KEY to your secret key",
    );
  checkBaseUrl(baseUrl);
  checkInt("retryDelayMs", retryDelayMs, 0);

  const scrub = (text: string) => text.split(apiKey!).join("[redacted]");
  // openapi-fetch's CommonJS build exports `default`: Node's ESM-to-CJS interop (in our CJS build)
  // hands over the whole exports object, ESM and bundlers the function itself.
  const createClient: typeof openapiFetch =
    (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;
  const client = createClient<paths>({
    baseUrl,
    headers: { Authorization: `Bearer ${apiKey}` },
    pathSerializer,
    querySerializer,
  });

  // Timeouts: one timer per client, armed for the earliest deadline of the attempts in flight,
  // instead of a setTimeout per attempt (clearing the only timer of a duration makes Node tear
  // down and rebuild its timer list on every request). It never keeps the process alive.
  const deadlines = new Map<AbortController, number>();
  let due = Infinity;
  let clock: ReturnType<typeof setTimeout>;
  const arm = (at: number) => {
    clearTimeout(clock);
    clock = setTimeout(sweep, Math.min((due = at) - Date.now(), 2e9)); // setTimeout's max is 2^31-1
    (clock as { unref?: () => void }).unref?.();
  };
  const sweep = () => {
    let next = (due = Infinity);
    for (const [controller, at] of deadlines) {
      if (at > Date.now()) next = Math.min(next, at);
      else {
        deadlines.delete(controller);
        controller.abort();
      }
    }
    if (next < Infinity) arm(next);
  };

  /**
   * One openapi-fetch call with timeout, abort and retries. Resolves with `{ data, error,
   * response }` like openapi-fetch; the body is read as text and parsed here, so that a body that
   * is not JSON becomes a `VivamoApiError` instead of a `SyntaxError`.
   */
  async function send(
    method: string,
    path: string,
    {
      signal,
      timeoutMs: ms = timeoutMs,
      maxRetries: retries = maxRetries,
      idempotent = !/^P[OA]/.test(method), // all but POST and PATCH
      ...init
    }: RequestInitWithOptions = {},
    throwing?: 1,
  ): Promise<any> {
    checkInt("timeoutMs", ms);
    checkInt("maxRetries", retries, 0);
    if (init.baseUrl) checkBaseUrl(init.baseUrl);
    init.parseAs = "text";
    const fetcher = init.fetch ?? options.fetch ?? fetch;
    for (let attempt = 0, wait = 0; ; attempt++) {
      // One controller per attempt, aborted by the caller's signal, or by the timeout.
      const controller = new AbortController();
      const unfollow = follow(signal, controller);
      let timer: ReturnType<typeof setTimeout> | undefined;
      let result: RawResult | undefined;
      try {
        signal?.throwIfAborted();
        if (wait)
          await new Promise((resolve, reject) => {
            timer = setTimeout(resolve, wait);
            controller.signal.onabort = reject;
          });
        const at = Date.now() + ms;
        deadlines.set(controller, at);
        if (at < due) arm(at);
        // The signal goes to fetch() rather than into openapi-fetch's Request: fetch() builds its
        // own Request anyway, so the abort wiring is paid once, not twice. The controller itself
        // is the RequestInit: its one RequestInit member is `signal`, created only when fetch()
        // reads it (an AbortSignal is a costly object, and a stub fetch never needs one).
        init.fetch = (request: Request) => fetcher(request, controller);
        result = (await client.request(
          method as "get",
          path as "/customers",
          init as {},
        )) as RawResult;
      } catch (error) {
        if (error instanceof VivamoError) throw error;
        if (signal?.aborted) throw signal.reason;
        // Not the caller: our controller aborted only if the timeout fired.
        const timedOut = controller.signal.aborted;
        const { message, code, cause } = (error ?? {}) as NonNullable<Thrown>;
        if (attempt >= retries || !(idempotent || (!timedOut && neverSent(error))))
          throw new (timedOut ? VivamoTimeoutError : VivamoConnectionError)(
            scrub(
              `${method} ${path} ${timedOut ? `timed out after ${ms} ms` : `failed: ${message}${cause ? `: ${cause.message}` : ""}`}`,
            ),
            code ?? cause?.code,
          );
      } finally {
        clearTimeout(timer);
        deadlines.delete(controller);
        unfollow();
      }
      if (result) {
        const { response } = result;
        if (attempt >= retries || !idempotent || !retryableStatus(response.status)) {
          // A 2xx must carry JSON, except a 204 or, for the raw calls, an empty body.
          if (response.ok && (result.data || (throwing && response.status != 204)))
            try {
              result.data = JSON.parse(result.data as string);
            } catch {
              throw apiError(response, 0, scrub, "response body is empty or not valid JSON");
            }
          if (!throwing) return result;
          if (response.ok) return result.data;
          throw apiError(response, result.error, scrub);
        }
      }
      wait = retryDelay(attempt, retryDelayMs, result?.response.headers);
    }
  }

  const request = ((method: string, path: string, init?: RequestInitWithOptions) =>
    send(method.toUpperCase(), path, init, 1)) as VivamoRequest;

  const list = (query?: ListCustomersQuery, options?: RequestOptions) =>
    request("get", "/customers", { ...options, params: { query } });

  const pages = ({ size, concurrency = 1, signal, ...rest }: ListAllOptions = {}) => {
    checkInt("size", size);
    checkInt("concurrency", concurrency);
    return paginate(
      (page, signal) => list({ page, size }, { ...rest, signal }),
      "customers",
      concurrency,
      signal,
    );
  };

  async function* customersOf(pages: AsyncIterable<CustomerList>) {
    let previous = new Set<string>();
    for await (const page of pages) {
      const ids = new Set<string>();
      for (const customer of page.customers) {
        if (!previous.has(customer.externalCustomerId)) yield customer;
        ids.add(customer.externalCustomerId);
      }
      previous = ids;
    }
  }

  const vivamo: Record<string, unknown> = {
    use: client.use,
    eject: client.eject,
    request: (method: string, path: string, init?: RequestInitWithOptions) =>
      send(method.toUpperCase(), path, init),
    customers: {
      list,
      pages,
      listAll: (options?: ListAllOptions) => customersOf(pages(options)),
    },
  };
  // GET, POST, ...: openapi-fetch's uppercase methods, routed through send().
  for (const method in client)
    if (method < "a")
      vivamo[method] = (path: string, init?: RequestInitWithOptions) => send(method, path, init);
  return vivamo as unknown as VivamoClient;
}
