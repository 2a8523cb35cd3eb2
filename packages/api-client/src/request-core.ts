// The request core: one HTTP exchange, openapi-fetch style, without openapi-fetch's `createClient`.
//
// Why in-house, and the measurements behind it, are in CONTRIBUTING.md ("The request core").
// In short: the client keeps openapi-fetch's TYPES for its raw calls (`Client<paths>`,
// `Middleware`), its exported request helpers (`createFinalURL`, `mergeHeaders`) and its
// middleware semantics (`use`, `eject`, per-request `middleware`; the hooks run in
// src/middleware.ts, loaded on the first call that has a middleware).
// What differs: the API takes JSON only, so the default body serializer is `JSON.stringify`
// (openapi-fetch's also passes `FormData` through and encodes form bodies; a caller's own
// `bodySerializer` can still do both).
// What it adds: transport failures (fetch rejecting, a body that cannot be read) are thrown as
// `TransportFailure`, so that the transport retries those and nothing else; redirects are never
// followed (`redirect: "manual"`); the body is read inside the caller's timeout.
import { createFinalURL, mergeHeaders } from "openapi-fetch";
import type { HeadersOptions, Middleware } from "openapi-fetch";
import { invalidArgument } from "./arguments.js";
import { TransportFailure, VivamoError } from "./errors.js";
import type { Hooks } from "./middleware.js";
import type { FetchFunction } from "./options.js";
import { querySerializerFor, type QuerySerializer } from "./serialize.js";
import { pathSerializer as defaultPathSerializer } from "./url.js";

/**
 * How a raw call reads a 2xx body. openapi-fetch also has `blob`, `arrayBuffer` and `stream`: not
 * supported, as the Vivamo API only answers JSON (see CONTRIBUTING.md, "Size budget").
 */
export type ParseAs = "json" | "text";

/** The default body serializer: the Vivamo API takes JSON request bodies only. */
function jsonBodySerializer(body: unknown): string {
  return JSON.stringify(body);
}

/** What one exchange resolved with. */
export interface Exchange {
  response: Response;
  request: Request;
  /** What the request was sent with, as the body serializer made it (for debug logs). */
  requestBody: unknown;
  /** The body's text: undefined when there is none (204, HEAD, length 0). */
  body: string | undefined;
}

/**
 * openapi-fetch's per-request options that the core reads, all optional: what a raw call's init
 * (src/transport.ts, `RawInit`) and one exchange's init have in common.
 */
export interface OpenapiFetchOptions {
  params?: {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
    header?: HeadersOptions;
  };
  headers?: HeadersOptions | undefined;
  body?: unknown;
  bodySerializer?: (body: unknown, headers?: Headers) => unknown;
  querySerializer?: QuerySerializer;
  pathSerializer?: (path: string, params: Record<string, unknown>) => string;
  middleware?: Middleware[];
  /** Checked here, read by the transport: the body is always read as text. */
  parseAs?: ParseAs;
}

/** One exchange's init: the options above, for one base URL. */
export interface ExchangeInit extends OpenapiFetchOptions {
  baseUrl: string;
  /** Any other RequestInit member (cache, credentials, keepalive, ...), passed to `new Request`. */
  [requestInit: string]: unknown;
}

function hasNoBody(request: Request, response: Response): boolean {
  if (response.status === 204 || request.method === "HEAD") return true;
  // An explicit Content-Length: 0 (not chunked): nothing to read. Transfer-Encoding is only
  // looked up for a length of 0: one header lookup less on every other call.
  if (response.headers.get("Content-Length") !== "0") return false;
  return !(response.headers.get("Transfer-Encoding")?.includes("chunked") ?? false);
}

/**
 * The client's middleware list (`use`, `eject`) and `exchange`, which runs one request. Plain
 * functions (no `this`): the client hands `use` and `eject` out on their own.
 */
export interface RequestCore {
  /** Adds middleware, as openapi-fetch's `client.use()`. */
  use: (...list: Middleware[]) => void;
  /** Removes middleware, as openapi-fetch's `client.eject()`. */
  eject: (...list: Middleware[]) => void;
  /** Runs one request: builds it, runs the middleware, calls `fetch` and reads the body. */
  exchange: (
    method: string,
    schemaPath: string,
    init: ExchangeInit,
    fetch: FetchFunction,
    signal: AbortSignal,
  ) => Promise<Exchange>;
}

export function createRequestCore(baseHeaders: Record<string, string>): RequestCore {
  const middlewares: Hooks[] = [];
  // The headers of a call that adds none of its own, merged once: `new Request` takes a plain
  // object as it is, where merging builds a `Headers` first and copies it (see CONTRIBUTING.md,
  // "Where a call's microseconds go").
  const jsonHeaders = { "Content-Type": "application/json", ...baseHeaders };

  function use(...list: Middleware[]): void {
    for (const middleware of list as unknown[]) {
      if (!middleware) continue; // openapi-fetch skips falsy entries too
      const ok =
        typeof middleware === "object" &&
        ("onRequest" in middleware || "onResponse" in middleware || "onError" in middleware);
      if (!ok) {
        throw new VivamoError(
          "Middleware must be an object with one of onRequest(), onResponse() or onError()",
        );
      }
      middlewares.push(middleware as Hooks);
    }
  }

  function eject(...list: Middleware[]): void {
    for (const middleware of list) {
      const index = middlewares.indexOf(middleware as Hooks);
      if (index !== -1) middlewares.splice(index, 1);
    }
  }

  /**
   * Builds the request, runs the middleware, calls `fetch` and reads the body. Throws
   * `TransportFailure` when fetch or the body fails; any other exception (a middleware, a
   * serializer, an invalid RequestInit) is thrown as it is.
   */
  async function exchange(
    method: string,
    schemaPath: string,
    init: ExchangeInit,
    fetch: FetchFunction,
    signal: AbortSignal,
  ): Promise<Exchange> {
    const {
      baseUrl, // already without a trailing slash: every base URL is checked by `parseBaseUrl`
      params: paramsOption,
      headers,
      body,
      bodySerializer = jsonBodySerializer,
      querySerializer: querySerializerOption,
      pathSerializer = defaultPathSerializer,
      middleware = [],
      parseAs = "json",
      ...requestInit
    } = init;
    const params = paramsOption ?? {};
    if (parseAs !== "json" && parseAs !== "text") {
      throw invalidArgument("parseAs", parseAs, '"json" or "text"');
    }
    const querySerializer = querySerializerFor(querySerializerOption);
    const all = [...middlewares, ...(middleware as Hooks[])];

    const ownHeaders = headers !== undefined || params.header !== undefined;
    let serializedBody: unknown;
    if (body !== undefined) {
      // The default serializer does not read the headers: they are merged only for another.
      serializedBody =
        bodySerializer === jsonBodySerializer
          ? jsonBodySerializer(body)
          : bodySerializer(body, mergeHeaders(baseHeaders, headers, params.header));
    }
    // No Content-Type without a body, nor for FormData from a caller's own serializer (fetch
    // sets it, with the boundary).
    const json = serializedBody !== undefined && !(serializedBody instanceof FormData);
    let finalHeaders: HeadersInit;
    if (ownHeaders) {
      const contentType = json ? { "Content-Type": "application/json" } : {};
      finalHeaders = mergeHeaders(contentType, baseHeaders, headers, params.header);
    } else {
      finalHeaders = json ? jsonHeaders : baseHeaders;
    }
    const url = createFinalURL(schemaPath, { baseUrl, params, querySerializer, pathSerializer });
    let request = new Request(url, {
      ...requestInit,
      method,
      body: serializedBody as BodyInit | undefined,
      headers: finalHeaders,
      // Never follow a redirect: see VivamoRedirectError.
      redirect: "manual",
    });

    let response: Response;
    if (all.length === 0) {
      // Inline rather than a helper: one async frame less on every call.
      try {
        response = await fetch(request, { signal });
      } catch (error) {
        throw new TransportFailure("fetch", error);
      }
    } else {
      // The middleware runner is a file of its own: a client without middleware never loads it.
      const { runMiddleware } = await import("./middleware.js");
      ({ request, response } = await runMiddleware(
        all,
        request,
        {
          schemaPath,
          params,
          options: { baseUrl, fetch, parseAs, querySerializer, bodySerializer, pathSerializer },
        },
        (hookRequest) => fetch(hookRequest, { signal }),
      ));
    }

    // The body as text, inside the caller's timeout; the transport parses it, so that JSON that
    // does not parse becomes a typed error instead of a SyntaxError.
    let text: string | undefined;
    if (!hasNoBody(request, response)) {
      try {
        text = await response.text();
      } catch (error) {
        throw new TransportFailure("body", error);
      }
    }
    return { request, response, requestBody: serializedBody, body: text };
  }

  return { use, eject, exchange };
}
