// @ts-check
// The HTTP facts every Vivamo tool agrees on: which methods an OpenAPI path item can hold, which of
// them are idempotent (safe to send again once a request may have reached the server), and which
// hosts are this machine. The client bundles this module at build time (it has no dependency on
// this package at run time); the spec model, the mock server and the portal import it.

/** The operations a path item can hold, in the order OpenAPI lists them. */
export const HTTP_METHODS = /** @type {const} */ ([
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
]);

/**
 * Idempotent methods (RFC 9110, section 9.2.2): sending one twice has the effect of sending it once,
 * so a client may retry it after a timeout or a reset. POST and PATCH are not, unless the
 * operation says so (`x-vivamo-idempotent`).
 */
export const IDEMPOTENT_METHODS = /** @type {const} */ ([
  "GET",
  "HEAD",
  "OPTIONS",
  "PUT",
  "DELETE",
  "TRACE",
]);

/** @param {string} method any case */
export function isIdempotentMethod(method) {
  return /** @type {readonly string[]} */ (IDEMPOTENT_METHODS).includes(method.toUpperCase());
}

/**
 * Whether a URL's hostname is this machine: `localhost`, the IPv4 loopback range 127.0.0.0/8 or
 * the IPv6 loopback `[::1]` (as `URL#hostname` writes it).
 * @param {string} hostname
 */
export function isLoopbackHostname(hostname) {
  if (hostname === "localhost" || hostname === "[::1]") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
