import type { ErrorBody } from "@vivamo/api-types";

/**
 * Base class of every error the client throws: bad options or arguments (thrown before any
 * request is sent), and the more specific errors below.
 */
export class VivamoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * The server answered with a non-2xx status (or a 2xx body that is not valid JSON).
 * `instanceof` one of the subclasses to branch on the status.
 */
export class VivamoApiError extends VivamoError {
  /** The HTTP status code. */
  declare readonly status: number;
  /** The server's error body when it sent JSON (`message`, `errors`); otherwise `undefined`. */
  declare readonly body: ErrorBody | undefined;
  /** The response headers. */
  declare readonly headers: Headers;
  /** The server's request id (`x-request-id` header), for support tickets. */
  declare readonly requestId: string | undefined;

  constructor(status: number, message: string, body?: ErrorBody, headers = new Headers()) {
    const requestId = headers.get("x-request-id") ?? undefined;
    super(`${status} ${message}${requestId ? ` (request id ${requestId})` : ""}`);
    Object.assign(this, { status, body, headers, requestId });
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

/** The request did not get a response: DNS failure, refused or reset connection, broken body. */
export class VivamoConnectionError extends VivamoError {
  /** The system error code when known, such as `ECONNREFUSED`, `ENOTFOUND` or `ECONNRESET`. */
  declare readonly code: string | undefined;

  constructor(message: string, code?: string) {
    super(message);
    this.code = code;
  }
}

/** No complete response (headers and body) arrived within `timeoutMs`. */
export class VivamoTimeoutError extends VivamoConnectionError {}

/**
 * A 2xx response body does not match the spec (thrown only with `validateResponses: true`). The
 * message names the operation, status, JSON pointer and rule; never the body's values.
 */
export class VivamoValidationError extends VivamoError {
  /** The spec's operationId of the call, e.g. `listCustomers`. */
  readonly operationId: string;
  /** The HTTP status of the response. */
  readonly status: number;
  /** JSON pointer (RFC 6901) of the value that failed; `""` is the whole body. */
  readonly path: string;
  /** The JSON Schema keyword that failed and where it is in the spec. */
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

const byStatus: Record<number, typeof VivamoApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/**
 * The `VivamoApiError` subclass for `response.status`. `scrub` removes the API key from all the
 * error keeps: a proxy or echo server may reflect the request's `Authorization` header.
 */
export function apiError(
  response: Response,
  body: unknown,
  scrub: (text: string) => string,
  detail?: string,
): VivamoApiError {
  const { status } = response;
  // One JSON round trip scrubs the body and the headers together.
  const [safe, headers] = JSON.parse(
    scrub(JSON.stringify([body && typeof body == "object" ? body : 0, [...response.headers]])),
  );
  return new (status > 499 ? InternalServerError : (byStatus[status] ?? VivamoApiError))(
    status,
    detail ?? safe?.message ?? scrub(response.statusText),
    safe || undefined,
    new Headers(headers),
  );
}
