// Pure helpers of the client: no state, no I/O. Exported for tests; not part of the public API.
import { VivamoError } from "./errors.js";

/** Throws a `VivamoError` with `message`. */
export const fail = (message: string): never => {
  throw new VivamoError(message);
};

/**
 * Throws a `VivamoError` "`name` must be `what`, got `<type> <value>`" unless `ok`: the one
 * format of every refused argument or option (strings are shown quoted, so `""` is visible).
 */
export const check = (ok: unknown, name: string, value: unknown, what: string): void => {
  if (!ok)
    fail(
      `${name} must be ${what}, got ${value == null ? value : `${typeof value} ${typeof value == "string" ? JSON.stringify(value) : String(value)}`}`,
    );
};

/** Throws a `VivamoError` unless `value` is `undefined` or an integer >= `min`. */
export const checkInt = (name: string, value: unknown, min = 1): void =>
  check(
    value === undefined || (Number.isInteger(value) && (value as number) >= min),
    name,
    value,
    `an integer >= ${min}`,
  );

/**
 * Throws a `VivamoError` unless `baseUrl` is an absolute https:// URL, or http:// to a loopback
 * host (127.0.0.0/8, localhost, [::1]) such as the local Prism mock.
 */
export function checkBaseUrl(baseUrl: string | undefined): void {
  try {
    if (/^(https:|http:\/\/(localhost|127(\.\d+){3}|\[::1\])(:|$))/.test(new URL(baseUrl!).origin))
      return;
  } catch {}
  fail(
    `Invalid baseUrl ${baseUrl}: use https:// (http:// only to loopback) or environment "production" or "sandbox"`,
  );
}

/**
 * openapi-fetch `pathSerializer`: every path parameter becomes exactly one encoded path segment.
 * Strings, numbers and booleans are encoded; empty strings, `.` and `..` (which would change the
 * path), and any other value (undefined, null, objects) are refused.
 */
export const pathSerializer = (path: string, params: Record<string, unknown>): string =>
  path.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const value = params[name];
    try {
      if (/^[snb]/.test(typeof value) && !/^\.{0,2}$/.test(value as string))
        return encodeURIComponent(value as string); // throws on a lone surrogate
    } catch {}
    check(0, `path parameter ${name}`, value, 'a non-empty string other than "." and ".."');
    return "";
  });

/**
 * openapi-fetch `querySerializer`: refuses a `page` or `size` that is not an integer >= 1, then
 * serializes as openapi-fetch's default does (arrays as `a=1&a=2`, objects as `o[k]=v`, undefined
 * and null skipped, values encoded). In-house rather than openapi-fetch's `createQuerySerializer`,
 * which costs 630 B min+gzip for styles the API does not use (its only query is `page` and `size`).
 */
export const querySerializer = (query: Record<string, unknown>): string => {
  checkInt("page", query.page);
  checkInt("size", query.size);
  const search: string[] = [];
  for (const name in query) {
    const value = query[name];
    for (const [key, item] of Array.isArray(value)
      ? value.map((item) => [name, item])
      : value && typeof value == "object"
        ? Object.entries(value).map(([key, item]) => [`${name}[${key}]`, item])
        : [[name, value]])
      if (item != null) search.push(`${key}=${encodeURIComponent(item)}`);
  }
  return search.join("&");
};

/** Status codes worth retrying (Stainless defaults): 408, 409, 429 and every 5xx. */
export const retryableStatus = (status: number): boolean =>
  status > 499 || status == 408 || status == 409 || status == 429;

/**
 * How long to wait before retry number `attempt + 1`: the server's `retry-after-ms` or
 * `Retry-After` (seconds or HTTP date) when it asks for 0-60 s, else `initialMs * 2^attempt`
 * capped at `16 * initialMs` (8 s by default), minus up to 25 % jitter.
 */
export function retryDelay(attempt: number, initialMs: number, headers?: Headers): number {
  const ms = headers?.get("retry-after-ms");
  const after = headers?.get("retry-after");
  const wait = ms
    ? +ms
    : after
      ? +after >= 0
        ? +after * 1000
        : Date.parse(after) - Date.now()
      : NaN;
  return wait >= 0 && wait <= 60_000
    ? wait
    : initialMs * 2 ** Math.min(attempt, 4) * (1 - Math.random() / 4);
}

/**
 * True when a failed `fetch` certainly never reached the server (refused connection, DNS
 * failure, connect timeout), so that even a POST can be retried without risk of running twice.
 */
export function neverSent(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (/^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|UND_ERR_CONNECT_TIMEOUT)$/.test(e.code as string))
      return true;
  return false;
}

/** Makes `signal` abort `controller` too (with its reason); returns the function that unlinks them. */
export function follow(signal: AbortSignal | null | undefined, controller: AbortController) {
  const abort = () => controller.abort(signal!.reason);
  signal?.addEventListener("abort", abort);
  return () => signal?.removeEventListener("abort", abort);
}
