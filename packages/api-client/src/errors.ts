import type { ErrorBody } from "@vivamo/api-types";

/**
 * Base class of every error the client throws: bad options or arguments (thrown before any
 * request is sent), and the more specific errors below. `cause` holds the underlying error when
 * there is one (a failing middleware, a fetch error).
 */
export class VivamoError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * The server answered with a status the call cannot use: a non-2xx, a redirect, or a 2xx whose
 * body is not what the API sends (not JSON, a malformed list page). `instanceof` one of the
 * subclasses to branch on the status.
 */
export class VivamoApiError extends VivamoError {
  /** The HTTP status code. */
  readonly status: number;
  /** The server's error body when it sent a JSON object (`message`, `errors`); otherwise `undefined`. */
  readonly body: ErrorBody | undefined;
  /** The response headers. */
  readonly headers: Headers;
  /** The server's request id (`x-request-id` header), for support tickets. */
  readonly requestId: string | undefined;

  constructor(status: number, message: string, body?: ErrorBody, headers: Headers = new Headers()) {
    const requestId = headers.get("x-request-id") ?? undefined;
    const suffix = requestId === undefined ? "" : ` (request id ${requestId})`;
    super(`${status} ${message}${suffix}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
    this.requestId = requestId;
  }
}

/** 400: the request was refused (validation, duplicate, business rule); see `body.errors`. */
export class BadRequestError extends VivamoApiError {}
/** 401: no or malformed credentials. */
export class AuthenticationError extends VivamoApiError {}
/** 403: the key is invalid or lacks access (Vivamo answers 403 for a bad key). */
export class PermissionDeniedError extends VivamoApiError {}
/** 404: no such resource. */
export class NotFoundError extends VivamoApiError {}
/** 409: conflicts with the current state of the resource. */
export class ConflictError extends VivamoApiError {}
/** 422: well-formed but semantically invalid. */
export class UnprocessableEntityError extends VivamoApiError {}
/** 429: too many requests; retried automatically, honouring `Retry-After`. */
export class RateLimitError extends VivamoApiError {}
/** 5xx: an error on Vivamo's side; idempotent requests are retried automatically. */
export class InternalServerError extends VivamoApiError {}

/**
 * The server answered with a redirect (3xx). The client never follows one: the Vivamo API does
 * not redirect, so a redirect means a misconfigured `baseUrl` or something between you and
 * Vivamo, and following it could send the request (its key, its body) somewhere else.
 */
export class VivamoRedirectError extends VivamoApiError {
  /** The `Location` the server named, when it named one (a browser's fetch hides it). */
  readonly location: string | undefined;

  constructor(status: number, location: string | undefined, headers?: Headers) {
    super(
      status,
      `redirect to ${location ?? "an unknown location"} not followed: the Vivamo API never redirects; check baseUrl`,
      undefined,
      headers,
    );
    this.location = location;
  }
}

/** The request did not get a response: DNS failure, refused or reset connection, broken body. */
export class VivamoConnectionError extends VivamoError {
  /** The system error code when known, such as `ECONNREFUSED`, `ENOTFOUND` or `ECONNRESET`. */
  readonly code: string | undefined;

  constructor(message: string, code?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** No complete response (headers and body) arrived within `timeoutMs`. */
export class VivamoTimeoutError extends VivamoConnectionError {
  /** Always `"ETIMEDOUT"`, so that `error.code` can be checked like a connection error's. */
  declare readonly code: "ETIMEDOUT";

  constructor(message: string) {
    super(message, "ETIMEDOUT");
  }
}

/**
 * With `validateResponses: true`, a 2xx body did not match the operation's response schema in
 * the spec. The body itself is not kept (it may hold personal data); the message names the JSON
 * pointer and the rule.
 */
export class VivamoValidationError extends VivamoError {
  /** The spec's operationId, such as `getCustomer`. */
  readonly operationId: string;
  /** The HTTP status of the response that failed validation. */
  readonly status: number;
  /** Where in the body: a JSON pointer such as `/customers/0/createdAt` (`""` for the root). */
  readonly path: string;
  /** The schema rule that failed, such as `required` or `type`. */
  readonly rule: string;

  constructor(
    message: string,
    details: { operationId: string; status: number; path: string; rule: string },
  ) {
    super(message);
    this.operationId = details.operationId;
    this.status = details.status;
    this.path = details.path;
    this.rule = details.rule;
  }
}

const errorClassByStatus: Record<number, typeof VivamoApiError | undefined> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The `VivamoApiError` subclass for an error status. */
export function errorClassFor(status: number): typeof VivamoApiError {
  if (status >= 500) return InternalServerError;
  return errorClassByStatus[status] ?? VivamoApiError;
}

/**
 * Internal, never seen by a caller: `fetch` or reading the body failed, the only failures the
 * transport may retry. The transport turns it into a `VivamoConnectionError` or
 * `VivamoTimeoutError`. Here because both the request core and its middleware runner throw it.
 */
export class TransportFailure extends Error {
  /** What failed: sending the request (`fetch`), or reading the response body (`body`). */
  readonly phase: "fetch" | "body";

  constructor(phase: "fetch" | "body", cause: unknown) {
    super(phase === "fetch" ? "fetch failed" : "reading the response body failed", { cause });
    this.phase = phase;
  }
}
