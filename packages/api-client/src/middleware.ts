// openapi-fetch's middleware, run as openapi-fetch 0.17.0's `coreFetch` runs it. Its own file
// (dist/middleware.js), loaded by the request core on the first call that has a middleware, so
// that a client without middleware does not carry it (see CONTRIBUTING.md, "Size budget"):
// - `onRequest` runs in registration order and may return a Request (replaces the request) or a
//   Response (skips fetch and every `onResponse`);
// - when fetch throws, `onError` runs in reverse order and may return a Response (the answer
//   from then on) or an Error (passed on to the next one);
// - `onResponse` runs in reverse order and may return a Response that replaces it;
// - each gets `{ request, schemaPath, params, options, id }`, the same `options` and `id` for
//   every hook of a call.
import { TransportFailure } from "./errors.js";

/** A middleware as `use()` checked it: an object with at least one of the hooks. */
export interface Hooks {
  onRequest?: (params: object) => unknown;
  onResponse?: (params: object) => unknown;
  onError?: (params: object) => unknown;
}

/** What every hook of a call is told, besides the request (and the response or error). */
export interface HookContext {
  schemaPath: string;
  params: object;
  /** The call's options, as openapi-fetch gives them: baseUrl, fetch, parseAs and serializers. */
  options: object;
}

/**
 * Runs `middlewares` around `fetch` for `request`. Resolves with the request that was sent (or
 * answered by an `onRequest`) and the response; throws `TransportFailure` when fetch fails and no
 * `onError` answers, and a hook's own exception as it is.
 */
export async function runMiddleware(
  middlewares: readonly Hooks[],
  firstRequest: Request,
  context: HookContext,
  fetch: (request: Request) => Promise<Response>,
): Promise<{ request: Request; response: Response }> {
  let request = firstRequest;
  const options = Object.freeze(context.options);
  const id = Math.random().toString(36).slice(2, 11); // openapi-fetch's randomID()
  const hookParams = (extra: object) => ({
    request,
    schemaPath: context.schemaPath,
    params: context.params,
    options,
    id,
    ...extra,
  });

  for (const middleware of middlewares) {
    const result: unknown = await middleware.onRequest?.(hookParams({}));
    if (result instanceof Request) request = result;
    else if (result instanceof Response) return { request, response: result };
    else if (result) {
      throw new Error(
        "onRequest: must return new Request() or Response() when modifying the request",
      );
    }
  }

  let response = await fetchWithOnError(request, fetch, middlewares, hookParams);
  for (let i = middlewares.length - 1; i >= 0; i--) {
    const result: unknown = await middlewares[i]?.onResponse?.(hookParams({ response }));
    if (result instanceof Response) response = result;
    else if (result) {
      throw new Error("onResponse: must return new Response() when modifying the response");
    }
  }
  return { request, response };
}

async function fetchWithOnError(
  request: Request,
  fetch: (request: Request) => Promise<Response>,
  middlewares: readonly Hooks[],
  hookParams: (extra: object) => object,
): Promise<Response> {
  try {
    return await fetch(request);
  } catch (thrown) {
    let error: unknown = thrown;
    for (let i = middlewares.length - 1; i >= 0; i--) {
      const result: unknown = await middlewares[i]?.onError?.(hookParams({ error }));
      if (result instanceof Response) return result;
      if (result instanceof Error) error = result;
      else if (result) throw new Error("onError: must return new Response() or instance of Error");
    }
    throw new TransportFailure("fetch", error);
  }
}
