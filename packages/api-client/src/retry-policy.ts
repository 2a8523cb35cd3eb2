// When to retry and how long to wait: pure functions, no state, no I/O.

/** Status codes worth retrying (the Stainless SDKs' rule): 408, 409, 429 and every 5xx. */
export function retryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** The longest wait a server may ask for with `Retry-After`; beyond it the backoff is used. */
const MAX_SERVER_WAIT_MS = 60_000;

/** The wait a response asks for, in ms: `retry-after-ms`, or `Retry-After` (seconds or a date). */
function serverWait(headers: Headers | undefined): number | undefined {
  const milliseconds = headers?.get("retry-after-ms");
  if (milliseconds) return Number(milliseconds);
  const after = headers?.get("retry-after");
  if (!after) return undefined;
  const seconds = Number(after);
  return Number.isNaN(seconds) ? Date.parse(after) - Date.now() : seconds * 1000;
}

/**
 * How long to wait before retry number `attempt + 1`: what the server asks for when it asks
 * for 0-60 s, else `initialMs * 2^attempt` capped at `16 * initialMs` (8 s by default), minus up
 * to 25 % jitter so that many clients do not retry in lockstep.
 */
export function retryDelay(attempt: number, initialMs: number, headers?: Headers): number {
  const asked = serverWait(headers);
  if (asked !== undefined && asked >= 0 && asked <= MAX_SERVER_WAIT_MS) return asked;
  const backoff = initialMs * 2 ** Math.min(attempt, 4);
  return backoff * (1 - Math.random() / 4);
}

/** Error codes that mean the request never left this machine: safe to retry even a POST. */
const NEVER_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/**
 * True when a failed `fetch` certainly never reached the server (refused connection, DNS
 * failure, connect timeout), so that even a POST can be retried without risk of running twice.
 * Looks along the `cause` chain, where undici puts the system error.
 */
export function neverSent(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 10 && typeof current === "object" && current !== null; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === "string" && NEVER_SENT_CODES.has(code)) return true;
    current = cause;
  }
  return false;
}

/** The first system error code along the `cause` chain, such as `ECONNRESET`. */
export function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 10 && typeof current === "object" && current !== null; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === "string") return code;
    current = cause;
  }
  return undefined;
}
