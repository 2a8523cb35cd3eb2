// The request core: one HTTP exchange, openapi-fetch style, without openapi-fetch's `createClient`.
//
// Why in-house: the size budget. The whole client must stay within 4 kB min+gzip (issue #3), and
// openapi-fetch's `createClient` alone is 2.6 kB of it: bundlers keep all of it (the middleware
// loop, every `parseAs` mode, the default path and query serializers this client replaces, the
// path-based proxy client...), because one closure holds it together. What this client needs of
// it is small, so it is written here, on openapi-fetch's own pieces:
// - its exported request-building helpers: `createFinalURL` (with our `pathSerializer` and
//   `querySerializer`), `mergeHeaders`, `defaultBodySerializer`, `removeTrailingSlash`
//   (pure functions: only what is called is bundled, 461 B);
// - its TYPES for the whole public API (`Client<paths>`, `Middleware`, `FetchResponse`, ...), so
//   `vivamo.GET("/customers", { params: { query } })` is typed exactly as openapi-fetch types it
//   and resolves with `{ data, error, response }`;
// - its middleware semantics, as in openapi-fetch 0.17.0's `coreFetch` (dist/index.mjs):
//   `onRequest` runs in registration order and may return a Request (replaces the request) or a
//   Response (skips fetch and every `onResponse`); when fetch throws, `onError` runs in reverse
//   order and may return a Response (the answer from then on) or an Error (passed on to the next
//   one); `onResponse` runs in reverse order and may return a Response that replaces it. Each gets
//   `{ request, schemaPath, params, options, id }`; per-request `middleware` run after the client's.
// The response body is always read as text (the caller parses it, so that a 2xx body that is not
// JSON becomes a typed error), inside the caller's timeout: the timeout covers the body too.
import {
  createFinalURL,
  defaultBodySerializer,
  mergeHeaders,
  removeTrailingSlash,
} from "openapi-fetch";
import type { HeadersOptions, Middleware } from "openapi-fetch";
import { fail, pathSerializer, querySerializer } from "./core.js";

/** `{ data, response }` for a 2xx, `{ error, response }` otherwise, as openapi-fetch resolves. */
export type RawResult = { data?: unknown; error?: unknown; response: Response };

type Hooks = {
  onRequest?: (...args: any) => unknown;
  onResponse?: (...args: any) => unknown;
  onError?: (...args: any) => unknown;
};

/**
 * The client's middleware list (`use`, `eject`) and `request`, which sends one request with
 * `baseHeaders` through `fetch` and the middleware, and reads its body as text.
 */
export function createRequestCore(baseUrl: string, baseHeaders: HeadersOptions) {
  const middlewares: Hooks[] = [];
  return {
    /** Registers middleware, like openapi-fetch's `use` (falsy entries are skipped). */
    use(...list: Middleware[]): void {
      for (const m of list as Hooks[])
        if (m)
          typeof m == "object" && ("onRequest" in m || "onResponse" in m || "onError" in m)
            ? middlewares.push(m)
            : fail(
                "Middleware must be an object with one of onRequest(), onResponse() or onError()",
              );
    },
    /** Unregisters middleware, like openapi-fetch's `eject`. */
    eject(...list: Middleware[]): void {
      for (const m of list as Hooks[]) {
        const i = middlewares.indexOf(m);
        if (i >= 0) middlewares.splice(i, 1);
      }
    },
    async request(
      method: string,
      schemaPath: string,
      {
        baseUrl: url = baseUrl,
        params = {},
        headers,
        body,
        bodySerializer = defaultBodySerializer,
        querySerializer: serializeQuery = querySerializer,
        pathSerializer: serializePath = pathSerializer,
        middleware = [],
        parseAs,
        ...init
      }: Record<string, any>,
      fetch: (request: Request) => Promise<Response>,
    ): Promise<RawResult> {
      url = removeTrailingSlash(url);
      const all = [...middlewares, ...(middleware as Hooks[])];
      const serialized =
        body === undefined
          ? undefined
          : bodySerializer(body, mergeHeaders(baseHeaders, headers, params.header));
      let request = new Request(
        createFinalURL(schemaPath, {
          baseUrl: url,
          params,
          querySerializer: serializeQuery,
          pathSerializer: serializePath,
        }),
        {
          ...init,
          method,
          body: serialized,
          headers: mergeHeaders(
            // No Content-Type without a body, nor for FormData (fetch sets it, with the boundary).
            serialized === undefined || serialized instanceof FormData
              ? {}
              : { "Content-Type": "application/json" },
            baseHeaders,
            headers,
            params.header,
          ),
        },
      );
      let response: Response | undefined;
      let options: object | undefined;
      let id: string | undefined;
      if (all.length) {
        id = Math.random().toString(36).slice(2, 11); // openapi-fetch's randomID()
        options = Object.freeze({
          baseUrl: url,
          fetch,
          parseAs: "text",
          querySerializer: serializeQuery,
          bodySerializer,
          pathSerializer: serializePath,
        });
      }
      // Called as a function so that `request` and `response` are read when the hook runs.
      const hook = (m: Hooks, name: keyof Hooks, extra?: object) =>
        m[name]?.({ request, schemaPath, params, options, id, ...extra });

      for (const m of all) {
        const result = await hook(m, "onRequest");
        if (result instanceof Request) request = result;
        else if (result instanceof Response) {
          response = result;
          break;
        } else if (result)
          throw new Error(
            "onRequest: must return new Request() or Response() when modifying the request",
          );
      }
      if (!response) {
        try {
          response = await fetch(request);
        } catch (thrown) {
          let error = thrown;
          for (let i = all.length; i--;) {
            const result = await hook(all[i]!, "onError", { error });
            if (result instanceof Response) {
              error = undefined;
              response = result;
              break;
            }
            if (result instanceof Error) error = result;
            else if (result)
              throw new Error("onError: must return new Response() or instance of Error");
          }
          if (error) throw error;
        }
        for (let i = all.length; i--;) {
          const result = await hook(all[i]!, "onResponse", { response });
          if (result instanceof Response) response = result;
          else if (result)
            throw new Error("onResponse: must return new Response() when modifying the response");
        }
      }
      const { ok, status, headers: received } = response!;
      let content: unknown;
      // No body to read: 204, HEAD, or an explicit Content-Length: 0 (not chunked).
      if (
        status != 204 &&
        request.method != "HEAD" &&
        !(
          received.get("Content-Length") == "0" &&
          !received.get("Transfer-Encoding")?.includes("chunked")
        )
      ) {
        content = await response!.text();
        // An error body is JSON when it parses, else the text, as openapi-fetch returns it.
        if (!ok)
          try {
            content = JSON.parse(content as string);
          } catch {}
      }
      return ok ? { data: content, response: response! } : { error: content, response: response! };
    },
  };
}
