// The log lines of a call's attempts, for `logLevel: "info"` (retries) and `"debug"` (every
// attempt, with headers and bodies). Its own file, like src/middleware.ts: loaded by a client
// whose level asks for them, so that a client at the default level does not carry them.
import type { Logger } from "./log.js";
import { REDACTED, type Redactor } from "./redact.js";
import type { Exchange } from "./request-core.js";

/** One attempt of a call, as the transport reports it to `logAttempt` and `logRetry`. */
export interface AttemptReport {
  method: string;
  /** The spec's path template: ids stay out of the message (the URL is in the debug details). */
  path: string;
  /** 0 for the first attempt. */
  attempt: number;
  maxRetries: number;
  /** `performance.now()` when the attempt started. */
  started: number;
}

const prefix = ({ method, path, attempt, maxRetries }: AttemptReport) =>
  `vivamo: ${method} ${path} attempt ${attempt + 1}/${maxRetries + 1}`;

/** Headers as a plain object for a log: the key scrubbed, `Authorization` never shown. */
function loggableHeaders(headers: Headers, redactor: Redactor): Record<string, string> {
  const safe = Object.fromEntries(redactor.headers(headers));
  if ("authorization" in safe) safe.authorization = REDACTED;
  return safe;
}

/** A body for a log: text scrubbed of the key; anything else (FormData, a stream) by its kind. */
function loggableBody(body: unknown, redactor: Redactor): string | undefined {
  if (body === undefined || body === null) return undefined;
  return typeof body === "string"
    ? redactor.text(body)
    : `[${Object.prototype.toString.call(body).slice(8, -1)}]`;
}

/**
 * `debug`: an attempt that got a response (status, duration, request id), with the request's and
 * the response's headers and bodies, scrubbed.
 */
export function logAttempt(
  logger: Logger,
  redactor: Redactor,
  report: AttemptReport,
  { request, requestBody, response, body }: Exchange,
): void {
  const durationMs = Math.round(performance.now() - report.started);
  const requestId = response.headers.get("x-request-id") ?? undefined;
  const id = requestId === undefined ? "" : ` (request id ${requestId})`;
  logger.debug(redactor.text(`${prefix(report)}: ${response.status} in ${durationMs} ms${id}`), {
    method: report.method,
    url: redactor.text(request.url),
    attempt: report.attempt + 1,
    status: response.status,
    durationMs,
    requestId: requestId === undefined ? undefined : redactor.text(requestId),
    request: {
      headers: loggableHeaders(request.headers, redactor),
      body: loggableBody(requestBody, redactor),
    },
    response: {
      headers: loggableHeaders(response.headers, redactor),
      body: loggableBody(body, redactor),
    },
  });
}

/** `debug`: an attempt that got no response (`reason`: "timed out", "ECONNRESET", ...). */
export function logFailedAttempt(
  logger: Logger,
  redactor: Redactor,
  report: AttemptReport,
  reason: string,
): void {
  const durationMs = Math.round(performance.now() - report.started);
  logger.debug(redactor.text(`${prefix(report)} failed after ${durationMs} ms: ${reason}`), {
    method: report.method,
    attempt: report.attempt + 1,
    durationMs,
    reason: redactor.text(reason),
  });
}

/** `info`: the attempt failed with `reason` (a status, a timeout, an error code) and is retried. */
export function logRetry(
  logger: Logger,
  redactor: Redactor,
  report: AttemptReport,
  reason: string,
  delayMs: number,
): void {
  const wait = Math.round(delayMs);
  logger.info(redactor.text(`${prefix(report)}: ${reason}; retrying in ${wait} ms`), {
    method: report.method,
    attempt: report.attempt + 1,
    reason: redactor.text(reason),
    retryDelayMs: wait,
  });
}
